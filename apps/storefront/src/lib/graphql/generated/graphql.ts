/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Currencies the shop can price in. */
export type CurrencyCode =
  /** Euro. */
  | 'EUR'
  /** Pound sterling. */
  | 'GBP'
  /** US dollar. */
  | 'USD';

/** Credentials to sign in with. */
export type CustomerAccessTokenCreateInput = {
  /** Sign-in email. */
  email: string;
  /** Password. */
  password: string;
};

/** A new account. */
export type CustomerCreateInput = {
  /** True when the customer agrees to receive marketing email. */
  acceptsMarketing?: boolean | null | undefined;
  /** Sign-in email; compared without regard to case or surrounding spaces. */
  email: string;
  /** Given name (at most 100 characters). */
  firstName?: string | null | undefined;
  /** Family name (at most 100 characters). */
  lastName?: string | null | undefined;
  /** Between 12 and 128 characters. */
  password: string;
};

/** Why a customer operation was refused. */
export type CustomerErrorCode =
  /** A value is malformed or out of range. */
  | 'INVALID'
  /** An account with this email already exists. */
  | 'TAKEN'
  /** Too many sign-in attempts for this account or from this address; try again later. */
  | 'TOO_MANY_ATTEMPTS'
  /** The value is too short, e.g. a password under 12 characters. */
  | 'TOO_SHORT'
  /** The email and password do not match an account. */
  | 'UNIDENTIFIED_CUSTOMER';

/** How a facet is shown. */
export type FilterType =
  /** A yes/no switch. */
  | 'BOOLEAN'
  /** A list of values to tick. */
  | 'LIST'
  /** A minimum and maximum price. */
  | 'PRICE_RANGE';

/** A postal address to save or ship to. */
export type MailingAddressInput = {
  /** Street and number (required to save an address). */
  address1?: string | null | undefined;
  /** Apartment, suite, floor. */
  address2?: string | null | undefined;
  /** City or town (required to save an address). */
  city?: string | null | undefined;
  /** Company name. */
  company?: string | null | undefined;
  /** ISO 3166-1 alpha-2 country code, e.g. `DE` (required to save an address). */
  countryCode?: string | null | undefined;
  /** Recipient's given name. */
  firstName?: string | null | undefined;
  /** Recipient's family name. */
  lastName?: string | null | undefined;
  /** Phone number: digits, spaces, `+ - . ( )`. */
  phone?: string | null | undefined;
  /** State, province or region. */
  province?: string | null | undefined;
  /** Postal code. */
  zip?: string | null | undefined;
};

/** A price range to filter by; either bound may be left out. */
export type PriceRangeFilter = {
  /** Highest price, inclusive. */
  max?: number | null | undefined;
  /** Lowest price, inclusive. */
  min?: number | null | undefined;
};

/** One filter on a product list. Filters of one kind are ORed; different kinds are ANDed. */
export type ProductFilter = {
  /** Only products that can (true) or cannot (false) be bought now. */
  available?: boolean | null | undefined;
  /** Products with a variant priced within this range. */
  price?: PriceRangeFilter | null | undefined;
  /** Products of this type. */
  productType?: string | null | undefined;
  /** Products of this vendor. */
  productVendor?: string | null | undefined;
  /** Products with this tag. */
  tag?: string | null | undefined;
  /** Products with a variant that has this option value. */
  variantOption?: VariantOptionFilter | null | undefined;
};

/** Orders a product list. */
export type ProductSortKeys =
  /** Units sold, best first. */
  | 'BEST_SELLING'
  /** Creation time, oldest first. */
  | 'CREATED_AT'
  /** Lowest variant price, low to high. */
  | 'PRICE'
  /** Best match for a search; merchandised order in a collection; newest first elsewhere. */
  | 'RELEVANCE'
  /** Title, A to Z. */
  | 'TITLE';

/** An option value to filter by. */
export type VariantOptionFilter = {
  /** Option name, e.g. `Size`. */
  name: string;
  /** Option value, e.g. `M`. */
  value: string;
};

export type CollectionPageQueryVariables = Exact<{
  handle: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  sortKey?: ProductSortKeys | null | undefined;
  reverse?: boolean | null | undefined;
  filters?: Array<ProductFilter> | ProductFilter | null | undefined;
}>;


export type CollectionPageQuery = { collection: { id: string, handle: string, title: string, description: string, seo: { title: string | null, description: string | null }, image: { url: string, altText: string | null, width: number | null, height: number | null } | null, products: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, filters: Array<{ id: string, label: string, type: FilterType, values: Array<{ id: string, label: string, count: number, input: unknown }> }>, nodes: Array<{ id: string, handle: string, title: string, vendor: string, availableForSale: boolean, featuredImage: { url: string, altText: string | null, width: number | null, height: number | null } | null, priceRange: { minVariantPrice: { amount: string, currencyCode: CurrencyCode }, maxVariantPrice: { amount: string, currencyCode: CurrencyCode } }, compareAtPriceRange: { minVariantPrice: { amount: string, currencyCode: CurrencyCode }, maxVariantPrice: { amount: string, currencyCode: CurrencyCode } } | null }> } } | null };

export type CustomerAccessTokenCreateMutationVariables = Exact<{
  input: CustomerAccessTokenCreateInput;
}>;


export type CustomerAccessTokenCreateMutation = { customerAccessTokenCreate: { customerAccessToken: { accessToken: string, expiresAt: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: CustomerErrorCode | null }> } };

export type CustomerAccessTokenDeleteMutationVariables = Exact<{
  customerAccessToken: string;
}>;


export type CustomerAccessTokenDeleteMutation = { customerAccessTokenDelete: { deletedAccessToken: string | null, userErrors: Array<{ field: Array<string> | null, message: string, code: CustomerErrorCode | null }> } };

export type CustomerAccountQueryVariables = Exact<{
  addressCount: number;
}>;


export type CustomerAccountQuery = { customer: { id: string, email: string, firstName: string | null, lastName: string | null, displayName: string, defaultAddress: { id: string | null, firstName: string | null, lastName: string | null, company: string | null, address1: string | null, address2: string | null, city: string | null, province: string | null, zip: string | null, countryCode: string | null, phone: string | null } | null, addresses: { nodes: Array<{ id: string | null, firstName: string | null, lastName: string | null, company: string | null, address1: string | null, address2: string | null, city: string | null, province: string | null, zip: string | null, countryCode: string | null, phone: string | null }> } } | null };

export type CustomerAddressCreateMutationVariables = Exact<{
  address: MailingAddressInput;
  setAsDefault?: boolean | null | undefined;
}>;


export type CustomerAddressCreateMutation = { customerAddressCreate: { customerAddress: { id: string | null, firstName: string | null, lastName: string | null, company: string | null, address1: string | null, address2: string | null, city: string | null, province: string | null, zip: string | null, countryCode: string | null, phone: string | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: CustomerErrorCode | null }> } };

export type CustomerCreateMutationVariables = Exact<{
  input: CustomerCreateInput;
}>;


export type CustomerCreateMutation = { customerCreate: { customer: { id: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: CustomerErrorCode | null }> } };

export type CustomerGreetingQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomerGreetingQuery = { customer: { id: string, firstName: string | null, displayName: string } | null };

export type CustomerMailingAddressFragment = { id: string | null, firstName: string | null, lastName: string | null, company: string | null, address1: string | null, address2: string | null, city: string | null, province: string | null, zip: string | null, countryCode: string | null, phone: string | null };

export type HomePageQueryVariables = Exact<{ [key: string]: never; }>;


export type HomePageQuery = { shop: { name: string, description: string | null }, newArrivals: { id: string, handle: string, title: string, products: { nodes: Array<{ id: string, handle: string, title: string, vendor: string, availableForSale: boolean, featuredImage: { url: string, altText: string | null, width: number | null, height: number | null } | null, priceRange: { minVariantPrice: { amount: string, currencyCode: CurrencyCode }, maxVariantPrice: { amount: string, currencyCode: CurrencyCode } }, compareAtPriceRange: { minVariantPrice: { amount: string, currencyCode: CurrencyCode }, maxVariantPrice: { amount: string, currencyCode: CurrencyCode } } | null }> } } | null, bestSellers: { id: string, handle: string, title: string, products: { nodes: Array<{ id: string, handle: string, title: string, vendor: string, availableForSale: boolean, featuredImage: { url: string, altText: string | null, width: number | null, height: number | null } | null, priceRange: { minVariantPrice: { amount: string, currencyCode: CurrencyCode }, maxVariantPrice: { amount: string, currencyCode: CurrencyCode } }, compareAtPriceRange: { minVariantPrice: { amount: string, currencyCode: CurrencyCode }, maxVariantPrice: { amount: string, currencyCode: CurrencyCode } } | null }> } } | null, collections: { nodes: Array<{ id: string, handle: string, title: string, image: { url: string, altText: string | null, width: number | null, height: number | null } | null }> } };

export type ProductCardFragment = { id: string, handle: string, title: string, vendor: string, availableForSale: boolean, featuredImage: { url: string, altText: string | null, width: number | null, height: number | null } | null, priceRange: { minVariantPrice: { amount: string, currencyCode: CurrencyCode }, maxVariantPrice: { amount: string, currencyCode: CurrencyCode } }, compareAtPriceRange: { minVariantPrice: { amount: string, currencyCode: CurrencyCode }, maxVariantPrice: { amount: string, currencyCode: CurrencyCode } } | null };

export type ProductListingFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, filters: Array<{ id: string, label: string, type: FilterType, values: Array<{ id: string, label: string, count: number, input: unknown }> }>, nodes: Array<{ id: string, handle: string, title: string, vendor: string, availableForSale: boolean, featuredImage: { url: string, altText: string | null, width: number | null, height: number | null } | null, priceRange: { minVariantPrice: { amount: string, currencyCode: CurrencyCode }, maxVariantPrice: { amount: string, currencyCode: CurrencyCode } }, compareAtPriceRange: { minVariantPrice: { amount: string, currencyCode: CurrencyCode }, maxVariantPrice: { amount: string, currencyCode: CurrencyCode } } | null }> };

export type ProductPageQueryVariables = Exact<{
  handle: string;
}>;


export type ProductPageQuery = { product: { id: string, handle: string, title: string, description: string, descriptionHtml: string, vendor: string, productType: string, availableForSale: boolean, seo: { title: string | null, description: string | null }, options: Array<{ name: string, values: Array<string> }>, featuredImage: { url: string, altText: string | null, width: number | null, height: number | null } | null, images: { nodes: Array<{ id: string | null, url: string, altText: string | null, width: number | null, height: number | null }> }, priceRange: { minVariantPrice: { amount: string, currencyCode: CurrencyCode }, maxVariantPrice: { amount: string, currencyCode: CurrencyCode } }, variants: { nodes: Array<{ id: string, title: string, sku: string | null, availableForSale: boolean, price: { amount: string, currencyCode: CurrencyCode }, compareAtPrice: { amount: string, currencyCode: CurrencyCode } | null, selectedOptions: Array<{ name: string, value: string }>, image: { id: string | null, url: string, altText: string | null, width: number | null, height: number | null } | null }> }, collections: { nodes: Array<{ id: string, handle: string, title: string }> } } | null };

export type ProductStockQueryVariables = Exact<{
  handle: string;
}>;


export type ProductStockQuery = { product: { id: string, availableForSale: boolean, variants: { nodes: Array<{ id: string, availableForSale: boolean, quantityAvailable: number | null }> } } | null };

export type SearchPageQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  sortKey?: ProductSortKeys | null | undefined;
  reverse?: boolean | null | undefined;
  filters?: Array<ProductFilter> | ProductFilter | null | undefined;
}>;


export type SearchPageQuery = { search: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, filters: Array<{ id: string, label: string, type: FilterType, values: Array<{ id: string, label: string, count: number, input: unknown }> }>, nodes: Array<{ id: string, handle: string, title: string, vendor: string, availableForSale: boolean, featuredImage: { url: string, altText: string | null, width: number | null, height: number | null } | null, priceRange: { minVariantPrice: { amount: string, currencyCode: CurrencyCode }, maxVariantPrice: { amount: string, currencyCode: CurrencyCode } }, compareAtPriceRange: { minVariantPrice: { amount: string, currencyCode: CurrencyCode }, maxVariantPrice: { amount: string, currencyCode: CurrencyCode } } | null }> } };

export type SitemapCollectionsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type SitemapCollectionsQuery = { collections: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ handle: string, updatedAt: string }> } };

export type SitemapProductsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type SitemapProductsQuery = { products: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ handle: string, updatedAt: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CustomerMailingAddressFragmentDoc = new TypedDocumentString(`
    fragment CustomerMailingAddress on MailingAddress {
  id
  firstName
  lastName
  company
  address1
  address2
  city
  province
  zip
  countryCode
  phone
}
    `, {"fragmentName":"CustomerMailingAddress"}) as unknown as TypedDocumentString<CustomerMailingAddressFragment, unknown>;
export const ProductCardFragmentDoc = new TypedDocumentString(`
    fragment ProductCard on Product {
  id
  handle
  title
  vendor
  availableForSale
  featuredImage {
    url
    altText
    width
    height
  }
  priceRange {
    minVariantPrice {
      amount
      currencyCode
    }
    maxVariantPrice {
      amount
      currencyCode
    }
  }
  compareAtPriceRange {
    minVariantPrice {
      amount
      currencyCode
    }
    maxVariantPrice {
      amount
      currencyCode
    }
  }
}
    `, {"fragmentName":"ProductCard"}) as unknown as TypedDocumentString<ProductCardFragment, unknown>;
export const ProductListingFragmentDoc = new TypedDocumentString(`
    fragment ProductListing on ProductConnection {
  totalCount
  pageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
  filters {
    id
    label
    type
    values {
      id
      label
      count
      input
    }
  }
  nodes {
    ...ProductCard
  }
}
    fragment ProductCard on Product {
  id
  handle
  title
  vendor
  availableForSale
  featuredImage {
    url
    altText
    width
    height
  }
  priceRange {
    minVariantPrice {
      amount
      currencyCode
    }
    maxVariantPrice {
      amount
      currencyCode
    }
  }
  compareAtPriceRange {
    minVariantPrice {
      amount
      currencyCode
    }
    maxVariantPrice {
      amount
      currencyCode
    }
  }
}`, {"fragmentName":"ProductListing"}) as unknown as TypedDocumentString<ProductListingFragment, unknown>;
export const CollectionPageDocument = new TypedDocumentString(`
    query CollectionPage($handle: String!, $first: Int, $after: String, $last: Int, $before: String, $sortKey: ProductSortKeys, $reverse: Boolean, $filters: [ProductFilter!]) {
  collection(handle: $handle) {
    id
    handle
    title
    description
    seo {
      title
      description
    }
    image {
      url
      altText
      width
      height
    }
    products(
      first: $first
      after: $after
      last: $last
      before: $before
      sortKey: $sortKey
      reverse: $reverse
      filters: $filters
    ) {
      ...ProductListing
    }
  }
}
    fragment ProductCard on Product {
  id
  handle
  title
  vendor
  availableForSale
  featuredImage {
    url
    altText
    width
    height
  }
  priceRange {
    minVariantPrice {
      amount
      currencyCode
    }
    maxVariantPrice {
      amount
      currencyCode
    }
  }
  compareAtPriceRange {
    minVariantPrice {
      amount
      currencyCode
    }
    maxVariantPrice {
      amount
      currencyCode
    }
  }
}
fragment ProductListing on ProductConnection {
  totalCount
  pageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
  filters {
    id
    label
    type
    values {
      id
      label
      count
      input
    }
  }
  nodes {
    ...ProductCard
  }
}`) as unknown as TypedDocumentString<CollectionPageQuery, CollectionPageQueryVariables>;
export const CustomerAccessTokenCreateDocument = new TypedDocumentString(`
    mutation CustomerAccessTokenCreate($input: CustomerAccessTokenCreateInput!) {
  customerAccessTokenCreate(input: $input) {
    customerAccessToken {
      accessToken
      expiresAt
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerAccessTokenCreateMutation, CustomerAccessTokenCreateMutationVariables>;
export const CustomerAccessTokenDeleteDocument = new TypedDocumentString(`
    mutation CustomerAccessTokenDelete($customerAccessToken: String!) {
  customerAccessTokenDelete(customerAccessToken: $customerAccessToken) {
    deletedAccessToken
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerAccessTokenDeleteMutation, CustomerAccessTokenDeleteMutationVariables>;
export const CustomerAccountDocument = new TypedDocumentString(`
    query CustomerAccount($addressCount: Int!) {
  customer {
    id
    email
    firstName
    lastName
    displayName
    defaultAddress {
      ...CustomerMailingAddress
    }
    addresses(first: $addressCount) {
      nodes {
        ...CustomerMailingAddress
      }
    }
  }
}
    fragment CustomerMailingAddress on MailingAddress {
  id
  firstName
  lastName
  company
  address1
  address2
  city
  province
  zip
  countryCode
  phone
}`) as unknown as TypedDocumentString<CustomerAccountQuery, CustomerAccountQueryVariables>;
export const CustomerAddressCreateDocument = new TypedDocumentString(`
    mutation CustomerAddressCreate($address: MailingAddressInput!, $setAsDefault: Boolean) {
  customerAddressCreate(address: $address, setAsDefault: $setAsDefault) {
    customerAddress {
      ...CustomerMailingAddress
    }
    userErrors {
      field
      message
      code
    }
  }
}
    fragment CustomerMailingAddress on MailingAddress {
  id
  firstName
  lastName
  company
  address1
  address2
  city
  province
  zip
  countryCode
  phone
}`) as unknown as TypedDocumentString<CustomerAddressCreateMutation, CustomerAddressCreateMutationVariables>;
export const CustomerCreateDocument = new TypedDocumentString(`
    mutation CustomerCreate($input: CustomerCreateInput!) {
  customerCreate(input: $input) {
    customer {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerCreateMutation, CustomerCreateMutationVariables>;
export const CustomerGreetingDocument = new TypedDocumentString(`
    query CustomerGreeting {
  customer {
    id
    firstName
    displayName
  }
}
    `) as unknown as TypedDocumentString<CustomerGreetingQuery, CustomerGreetingQueryVariables>;
export const HomePageDocument = new TypedDocumentString(`
    query HomePage {
  shop {
    name
    description
  }
  newArrivals: collection(handle: "new-arrivals") {
    id
    handle
    title
    products(first: 8) {
      nodes {
        ...ProductCard
      }
    }
  }
  bestSellers: collection(handle: "best-sellers") {
    id
    handle
    title
    products(first: 8) {
      nodes {
        ...ProductCard
      }
    }
  }
  collections(first: 12) {
    nodes {
      id
      handle
      title
      image {
        url
        altText
        width
        height
      }
    }
  }
}
    fragment ProductCard on Product {
  id
  handle
  title
  vendor
  availableForSale
  featuredImage {
    url
    altText
    width
    height
  }
  priceRange {
    minVariantPrice {
      amount
      currencyCode
    }
    maxVariantPrice {
      amount
      currencyCode
    }
  }
  compareAtPriceRange {
    minVariantPrice {
      amount
      currencyCode
    }
    maxVariantPrice {
      amount
      currencyCode
    }
  }
}`) as unknown as TypedDocumentString<HomePageQuery, HomePageQueryVariables>;
export const ProductPageDocument = new TypedDocumentString(`
    query ProductPage($handle: String!) {
  product(handle: $handle) {
    id
    handle
    title
    description
    descriptionHtml
    vendor
    productType
    availableForSale
    seo {
      title
      description
    }
    options {
      name
      values
    }
    featuredImage {
      url
      altText
      width
      height
    }
    images(first: 12) {
      nodes {
        id
        url
        altText
        width
        height
      }
    }
    priceRange {
      minVariantPrice {
        amount
        currencyCode
      }
      maxVariantPrice {
        amount
        currencyCode
      }
    }
    variants(first: 250) {
      nodes {
        id
        title
        sku
        availableForSale
        price {
          amount
          currencyCode
        }
        compareAtPrice {
          amount
          currencyCode
        }
        selectedOptions {
          name
          value
        }
        image {
          id
          url
          altText
          width
          height
        }
      }
    }
    collections(first: 3) {
      nodes {
        id
        handle
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProductPageQuery, ProductPageQueryVariables>;
export const ProductStockDocument = new TypedDocumentString(`
    query ProductStock($handle: String!) {
  product(handle: $handle) {
    id
    availableForSale
    variants(first: 250) {
      nodes {
        id
        availableForSale
        quantityAvailable
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProductStockQuery, ProductStockQueryVariables>;
export const SearchPageDocument = new TypedDocumentString(`
    query SearchPage($query: String!, $first: Int, $after: String, $sortKey: ProductSortKeys, $reverse: Boolean, $filters: [ProductFilter!]) {
  search(
    query: $query
    first: $first
    after: $after
    sortKey: $sortKey
    reverse: $reverse
    filters: $filters
  ) {
    ...ProductListing
  }
}
    fragment ProductCard on Product {
  id
  handle
  title
  vendor
  availableForSale
  featuredImage {
    url
    altText
    width
    height
  }
  priceRange {
    minVariantPrice {
      amount
      currencyCode
    }
    maxVariantPrice {
      amount
      currencyCode
    }
  }
  compareAtPriceRange {
    minVariantPrice {
      amount
      currencyCode
    }
    maxVariantPrice {
      amount
      currencyCode
    }
  }
}
fragment ProductListing on ProductConnection {
  totalCount
  pageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
  filters {
    id
    label
    type
    values {
      id
      label
      count
      input
    }
  }
  nodes {
    ...ProductCard
  }
}`) as unknown as TypedDocumentString<SearchPageQuery, SearchPageQueryVariables>;
export const SitemapCollectionsDocument = new TypedDocumentString(`
    query SitemapCollections($after: String) {
  collections(first: 250, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      handle
      updatedAt
    }
  }
}
    `) as unknown as TypedDocumentString<SitemapCollectionsQuery, SitemapCollectionsQueryVariables>;
export const SitemapProductsDocument = new TypedDocumentString(`
    query SitemapProducts($after: String) {
  products(first: 250, after: $after, sortKey: CREATED_AT) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      handle
      updatedAt
    }
  }
}
    `) as unknown as TypedDocumentString<SitemapProductsQuery, SitemapProductsQueryVariables>;