/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query CollectionPage($handle: String!, $first: Int, $after: String, $last: Int, $before: String, $sortKey: ProductSortKeys, $reverse: Boolean, $filters: [ProductFilter!]) {\n  collection(handle: $handle) {\n    id\n    handle\n    title\n    description\n    seo {\n      title\n      description\n    }\n    image {\n      url\n      altText\n      width\n      height\n    }\n    products(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      sortKey: $sortKey\n      reverse: $reverse\n      filters: $filters\n    ) {\n      ...ProductListing\n    }\n  }\n}": typeof types.CollectionPageDocument,
    "mutation CustomerAccessTokenCreate($input: CustomerAccessTokenCreateInput!) {\n  customerAccessTokenCreate(input: $input) {\n    customerAccessToken {\n      accessToken\n      expiresAt\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": typeof types.CustomerAccessTokenCreateDocument,
    "mutation CustomerAccessTokenDelete($customerAccessToken: String!) {\n  customerAccessTokenDelete(customerAccessToken: $customerAccessToken) {\n    deletedAccessToken\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": typeof types.CustomerAccessTokenDeleteDocument,
    "query CustomerAccount($addressCount: Int!) {\n  customer {\n    id\n    email\n    firstName\n    lastName\n    displayName\n    defaultAddress {\n      ...CustomerMailingAddress\n    }\n    addresses(first: $addressCount) {\n      nodes {\n        ...CustomerMailingAddress\n      }\n    }\n  }\n}": typeof types.CustomerAccountDocument,
    "mutation CustomerAddressCreate($address: MailingAddressInput!, $setAsDefault: Boolean) {\n  customerAddressCreate(address: $address, setAsDefault: $setAsDefault) {\n    customerAddress {\n      ...CustomerMailingAddress\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": typeof types.CustomerAddressCreateDocument,
    "mutation CustomerCreate($input: CustomerCreateInput!) {\n  customerCreate(input: $input) {\n    customer {\n      id\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": typeof types.CustomerCreateDocument,
    "query CustomerGreeting {\n  customer {\n    id\n    firstName\n    displayName\n  }\n}": typeof types.CustomerGreetingDocument,
    "fragment CustomerMailingAddress on MailingAddress {\n  id\n  firstName\n  lastName\n  company\n  address1\n  address2\n  city\n  province\n  zip\n  countryCode\n  phone\n}": typeof types.CustomerMailingAddressFragmentDoc,
    "query HomePage {\n  shop {\n    name\n    description\n  }\n  newArrivals: collection(handle: \"new-arrivals\") {\n    id\n    handle\n    title\n    products(first: 8) {\n      nodes {\n        ...ProductCard\n      }\n    }\n  }\n  bestSellers: collection(handle: \"best-sellers\") {\n    id\n    handle\n    title\n    products(first: 8) {\n      nodes {\n        ...ProductCard\n      }\n    }\n  }\n  collections(first: 12) {\n    nodes {\n      id\n      handle\n      title\n      image {\n        url\n        altText\n        width\n        height\n      }\n    }\n  }\n}": typeof types.HomePageDocument,
    "fragment ProductCard on Product {\n  id\n  handle\n  title\n  vendor\n  availableForSale\n  featuredImage {\n    url\n    altText\n    width\n    height\n  }\n  priceRange {\n    minVariantPrice {\n      amount\n      currencyCode\n    }\n    maxVariantPrice {\n      amount\n      currencyCode\n    }\n  }\n  compareAtPriceRange {\n    minVariantPrice {\n      amount\n      currencyCode\n    }\n    maxVariantPrice {\n      amount\n      currencyCode\n    }\n  }\n}": typeof types.ProductCardFragmentDoc,
    "fragment ProductListing on ProductConnection {\n  totalCount\n  pageInfo {\n    hasNextPage\n    hasPreviousPage\n    startCursor\n    endCursor\n  }\n  filters {\n    id\n    label\n    type\n    values {\n      id\n      label\n      count\n      input\n    }\n  }\n  nodes {\n    ...ProductCard\n  }\n}": typeof types.ProductListingFragmentDoc,
    "query ProductPage($handle: String!) {\n  product(handle: $handle) {\n    id\n    handle\n    title\n    description\n    descriptionHtml\n    vendor\n    productType\n    availableForSale\n    seo {\n      title\n      description\n    }\n    options {\n      name\n      values\n    }\n    featuredImage {\n      url\n      altText\n      width\n      height\n    }\n    images(first: 12) {\n      nodes {\n        id\n        url\n        altText\n        width\n        height\n      }\n    }\n    priceRange {\n      minVariantPrice {\n        amount\n        currencyCode\n      }\n      maxVariantPrice {\n        amount\n        currencyCode\n      }\n    }\n    variants(first: 250) {\n      nodes {\n        id\n        title\n        sku\n        availableForSale\n        price {\n          amount\n          currencyCode\n        }\n        compareAtPrice {\n          amount\n          currencyCode\n        }\n        selectedOptions {\n          name\n          value\n        }\n        image {\n          id\n          url\n          altText\n          width\n          height\n        }\n      }\n    }\n    collections(first: 3) {\n      nodes {\n        id\n        handle\n        title\n      }\n    }\n  }\n}": typeof types.ProductPageDocument,
    "query ProductStock($handle: String!) {\n  product(handle: $handle) {\n    id\n    availableForSale\n    variants(first: 250) {\n      nodes {\n        id\n        availableForSale\n        quantityAvailable\n      }\n    }\n  }\n}": typeof types.ProductStockDocument,
    "query SearchPage($query: String!, $first: Int, $after: String, $sortKey: ProductSortKeys, $reverse: Boolean, $filters: [ProductFilter!]) {\n  search(\n    query: $query\n    first: $first\n    after: $after\n    sortKey: $sortKey\n    reverse: $reverse\n    filters: $filters\n  ) {\n    ...ProductListing\n  }\n}": typeof types.SearchPageDocument,
    "query SitemapCollections($after: String) {\n  collections(first: 250, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      handle\n      updatedAt\n    }\n  }\n}": typeof types.SitemapCollectionsDocument,
    "query SitemapProducts($after: String) {\n  products(first: 250, after: $after, sortKey: CREATED_AT) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      handle\n      updatedAt\n    }\n  }\n}": typeof types.SitemapProductsDocument,
};
const documents: Documents = {
    "query CollectionPage($handle: String!, $first: Int, $after: String, $last: Int, $before: String, $sortKey: ProductSortKeys, $reverse: Boolean, $filters: [ProductFilter!]) {\n  collection(handle: $handle) {\n    id\n    handle\n    title\n    description\n    seo {\n      title\n      description\n    }\n    image {\n      url\n      altText\n      width\n      height\n    }\n    products(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      sortKey: $sortKey\n      reverse: $reverse\n      filters: $filters\n    ) {\n      ...ProductListing\n    }\n  }\n}": types.CollectionPageDocument,
    "mutation CustomerAccessTokenCreate($input: CustomerAccessTokenCreateInput!) {\n  customerAccessTokenCreate(input: $input) {\n    customerAccessToken {\n      accessToken\n      expiresAt\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": types.CustomerAccessTokenCreateDocument,
    "mutation CustomerAccessTokenDelete($customerAccessToken: String!) {\n  customerAccessTokenDelete(customerAccessToken: $customerAccessToken) {\n    deletedAccessToken\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": types.CustomerAccessTokenDeleteDocument,
    "query CustomerAccount($addressCount: Int!) {\n  customer {\n    id\n    email\n    firstName\n    lastName\n    displayName\n    defaultAddress {\n      ...CustomerMailingAddress\n    }\n    addresses(first: $addressCount) {\n      nodes {\n        ...CustomerMailingAddress\n      }\n    }\n  }\n}": types.CustomerAccountDocument,
    "mutation CustomerAddressCreate($address: MailingAddressInput!, $setAsDefault: Boolean) {\n  customerAddressCreate(address: $address, setAsDefault: $setAsDefault) {\n    customerAddress {\n      ...CustomerMailingAddress\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": types.CustomerAddressCreateDocument,
    "mutation CustomerCreate($input: CustomerCreateInput!) {\n  customerCreate(input: $input) {\n    customer {\n      id\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": types.CustomerCreateDocument,
    "query CustomerGreeting {\n  customer {\n    id\n    firstName\n    displayName\n  }\n}": types.CustomerGreetingDocument,
    "fragment CustomerMailingAddress on MailingAddress {\n  id\n  firstName\n  lastName\n  company\n  address1\n  address2\n  city\n  province\n  zip\n  countryCode\n  phone\n}": types.CustomerMailingAddressFragmentDoc,
    "query HomePage {\n  shop {\n    name\n    description\n  }\n  newArrivals: collection(handle: \"new-arrivals\") {\n    id\n    handle\n    title\n    products(first: 8) {\n      nodes {\n        ...ProductCard\n      }\n    }\n  }\n  bestSellers: collection(handle: \"best-sellers\") {\n    id\n    handle\n    title\n    products(first: 8) {\n      nodes {\n        ...ProductCard\n      }\n    }\n  }\n  collections(first: 12) {\n    nodes {\n      id\n      handle\n      title\n      image {\n        url\n        altText\n        width\n        height\n      }\n    }\n  }\n}": types.HomePageDocument,
    "fragment ProductCard on Product {\n  id\n  handle\n  title\n  vendor\n  availableForSale\n  featuredImage {\n    url\n    altText\n    width\n    height\n  }\n  priceRange {\n    minVariantPrice {\n      amount\n      currencyCode\n    }\n    maxVariantPrice {\n      amount\n      currencyCode\n    }\n  }\n  compareAtPriceRange {\n    minVariantPrice {\n      amount\n      currencyCode\n    }\n    maxVariantPrice {\n      amount\n      currencyCode\n    }\n  }\n}": types.ProductCardFragmentDoc,
    "fragment ProductListing on ProductConnection {\n  totalCount\n  pageInfo {\n    hasNextPage\n    hasPreviousPage\n    startCursor\n    endCursor\n  }\n  filters {\n    id\n    label\n    type\n    values {\n      id\n      label\n      count\n      input\n    }\n  }\n  nodes {\n    ...ProductCard\n  }\n}": types.ProductListingFragmentDoc,
    "query ProductPage($handle: String!) {\n  product(handle: $handle) {\n    id\n    handle\n    title\n    description\n    descriptionHtml\n    vendor\n    productType\n    availableForSale\n    seo {\n      title\n      description\n    }\n    options {\n      name\n      values\n    }\n    featuredImage {\n      url\n      altText\n      width\n      height\n    }\n    images(first: 12) {\n      nodes {\n        id\n        url\n        altText\n        width\n        height\n      }\n    }\n    priceRange {\n      minVariantPrice {\n        amount\n        currencyCode\n      }\n      maxVariantPrice {\n        amount\n        currencyCode\n      }\n    }\n    variants(first: 250) {\n      nodes {\n        id\n        title\n        sku\n        availableForSale\n        price {\n          amount\n          currencyCode\n        }\n        compareAtPrice {\n          amount\n          currencyCode\n        }\n        selectedOptions {\n          name\n          value\n        }\n        image {\n          id\n          url\n          altText\n          width\n          height\n        }\n      }\n    }\n    collections(first: 3) {\n      nodes {\n        id\n        handle\n        title\n      }\n    }\n  }\n}": types.ProductPageDocument,
    "query ProductStock($handle: String!) {\n  product(handle: $handle) {\n    id\n    availableForSale\n    variants(first: 250) {\n      nodes {\n        id\n        availableForSale\n        quantityAvailable\n      }\n    }\n  }\n}": types.ProductStockDocument,
    "query SearchPage($query: String!, $first: Int, $after: String, $sortKey: ProductSortKeys, $reverse: Boolean, $filters: [ProductFilter!]) {\n  search(\n    query: $query\n    first: $first\n    after: $after\n    sortKey: $sortKey\n    reverse: $reverse\n    filters: $filters\n  ) {\n    ...ProductListing\n  }\n}": types.SearchPageDocument,
    "query SitemapCollections($after: String) {\n  collections(first: 250, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      handle\n      updatedAt\n    }\n  }\n}": types.SitemapCollectionsDocument,
    "query SitemapProducts($after: String) {\n  products(first: 250, after: $after, sortKey: CREATED_AT) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      handle\n      updatedAt\n    }\n  }\n}": types.SitemapProductsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CollectionPage($handle: String!, $first: Int, $after: String, $last: Int, $before: String, $sortKey: ProductSortKeys, $reverse: Boolean, $filters: [ProductFilter!]) {\n  collection(handle: $handle) {\n    id\n    handle\n    title\n    description\n    seo {\n      title\n      description\n    }\n    image {\n      url\n      altText\n      width\n      height\n    }\n    products(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      sortKey: $sortKey\n      reverse: $reverse\n      filters: $filters\n    ) {\n      ...ProductListing\n    }\n  }\n}"): typeof import('./graphql').CollectionPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CustomerAccessTokenCreate($input: CustomerAccessTokenCreateInput!) {\n  customerAccessTokenCreate(input: $input) {\n    customerAccessToken {\n      accessToken\n      expiresAt\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}"): typeof import('./graphql').CustomerAccessTokenCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CustomerAccessTokenDelete($customerAccessToken: String!) {\n  customerAccessTokenDelete(customerAccessToken: $customerAccessToken) {\n    deletedAccessToken\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}"): typeof import('./graphql').CustomerAccessTokenDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomerAccount($addressCount: Int!) {\n  customer {\n    id\n    email\n    firstName\n    lastName\n    displayName\n    defaultAddress {\n      ...CustomerMailingAddress\n    }\n    addresses(first: $addressCount) {\n      nodes {\n        ...CustomerMailingAddress\n      }\n    }\n  }\n}"): typeof import('./graphql').CustomerAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CustomerAddressCreate($address: MailingAddressInput!, $setAsDefault: Boolean) {\n  customerAddressCreate(address: $address, setAsDefault: $setAsDefault) {\n    customerAddress {\n      ...CustomerMailingAddress\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}"): typeof import('./graphql').CustomerAddressCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CustomerCreate($input: CustomerCreateInput!) {\n  customerCreate(input: $input) {\n    customer {\n      id\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}"): typeof import('./graphql').CustomerCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomerGreeting {\n  customer {\n    id\n    firstName\n    displayName\n  }\n}"): typeof import('./graphql').CustomerGreetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CustomerMailingAddress on MailingAddress {\n  id\n  firstName\n  lastName\n  company\n  address1\n  address2\n  city\n  province\n  zip\n  countryCode\n  phone\n}"): typeof import('./graphql').CustomerMailingAddressFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HomePage {\n  shop {\n    name\n    description\n  }\n  newArrivals: collection(handle: \"new-arrivals\") {\n    id\n    handle\n    title\n    products(first: 8) {\n      nodes {\n        ...ProductCard\n      }\n    }\n  }\n  bestSellers: collection(handle: \"best-sellers\") {\n    id\n    handle\n    title\n    products(first: 8) {\n      nodes {\n        ...ProductCard\n      }\n    }\n  }\n  collections(first: 12) {\n    nodes {\n      id\n      handle\n      title\n      image {\n        url\n        altText\n        width\n        height\n      }\n    }\n  }\n}"): typeof import('./graphql').HomePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProductCard on Product {\n  id\n  handle\n  title\n  vendor\n  availableForSale\n  featuredImage {\n    url\n    altText\n    width\n    height\n  }\n  priceRange {\n    minVariantPrice {\n      amount\n      currencyCode\n    }\n    maxVariantPrice {\n      amount\n      currencyCode\n    }\n  }\n  compareAtPriceRange {\n    minVariantPrice {\n      amount\n      currencyCode\n    }\n    maxVariantPrice {\n      amount\n      currencyCode\n    }\n  }\n}"): typeof import('./graphql').ProductCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProductListing on ProductConnection {\n  totalCount\n  pageInfo {\n    hasNextPage\n    hasPreviousPage\n    startCursor\n    endCursor\n  }\n  filters {\n    id\n    label\n    type\n    values {\n      id\n      label\n      count\n      input\n    }\n  }\n  nodes {\n    ...ProductCard\n  }\n}"): typeof import('./graphql').ProductListingFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductPage($handle: String!) {\n  product(handle: $handle) {\n    id\n    handle\n    title\n    description\n    descriptionHtml\n    vendor\n    productType\n    availableForSale\n    seo {\n      title\n      description\n    }\n    options {\n      name\n      values\n    }\n    featuredImage {\n      url\n      altText\n      width\n      height\n    }\n    images(first: 12) {\n      nodes {\n        id\n        url\n        altText\n        width\n        height\n      }\n    }\n    priceRange {\n      minVariantPrice {\n        amount\n        currencyCode\n      }\n      maxVariantPrice {\n        amount\n        currencyCode\n      }\n    }\n    variants(first: 250) {\n      nodes {\n        id\n        title\n        sku\n        availableForSale\n        price {\n          amount\n          currencyCode\n        }\n        compareAtPrice {\n          amount\n          currencyCode\n        }\n        selectedOptions {\n          name\n          value\n        }\n        image {\n          id\n          url\n          altText\n          width\n          height\n        }\n      }\n    }\n    collections(first: 3) {\n      nodes {\n        id\n        handle\n        title\n      }\n    }\n  }\n}"): typeof import('./graphql').ProductPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductStock($handle: String!) {\n  product(handle: $handle) {\n    id\n    availableForSale\n    variants(first: 250) {\n      nodes {\n        id\n        availableForSale\n        quantityAvailable\n      }\n    }\n  }\n}"): typeof import('./graphql').ProductStockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchPage($query: String!, $first: Int, $after: String, $sortKey: ProductSortKeys, $reverse: Boolean, $filters: [ProductFilter!]) {\n  search(\n    query: $query\n    first: $first\n    after: $after\n    sortKey: $sortKey\n    reverse: $reverse\n    filters: $filters\n  ) {\n    ...ProductListing\n  }\n}"): typeof import('./graphql').SearchPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SitemapCollections($after: String) {\n  collections(first: 250, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      handle\n      updatedAt\n    }\n  }\n}"): typeof import('./graphql').SitemapCollectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SitemapProducts($after: String) {\n  products(first: 250, after: $after, sortKey: CREATED_AT) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      handle\n      updatedAt\n    }\n  }\n}"): typeof import('./graphql').SitemapProductsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
