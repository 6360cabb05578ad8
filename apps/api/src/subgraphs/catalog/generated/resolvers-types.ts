import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { ProductRow, VariantRow, CollectionRow, ImageRow, ShopRow } from '../tables.js';
import { ProductListing } from '../product-list/listing.js';
import { CatalogContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date and time in UTC, e.g. `2026-11-22T10:00:00.000Z`. */
  DateTime: { input: Date | string; output: Date | string; }
  /** A decimal number as a string, e.g. `"19.99"`: money never travels as a float. */
  Decimal: { input: string; output: string; }
  /** An HTML fragment, sanitised by the server. */
  HTML: { input: string; output: string; }
  /** Any JSON value. */
  JSON: { input: unknown; output: unknown; }
  /** An absolute URL. */
  URL: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * A cart, owned by the cart subgraph. The catalog serves `node` for its id (an entity reference,
 * given only after the cart domain said the caller may see it); the cart subgraph resolves its fields.
 */
export type Cart = Node & {
  __typename?: 'Cart';
  /** Global ID, `gid://shop/Cart/<22 characters>`. */
  id: Scalars['ID']['output'];
};

/** A cart line, owned by the cart subgraph; `node` resolves its id like a cart's. */
export type CartLine = Node & {
  __typename?: 'CartLine';
  /** Global ID, `gid://shop/CartLine/<22 characters>`. */
  id: Scalars['ID']['output'];
};

/** A checkout, owned by the checkout subgraph; `node` resolves its id for whoever may see the checkout. */
export type Checkout = Node & {
  __typename?: 'Checkout';
  /** Global ID, `gid://shop/Checkout/<22 characters>`. */
  id: Scalars['ID']['output'];
};

/** A merchandised group of products. */
export type Collection = Node & {
  __typename?: 'Collection';
  /** Description as plain text. */
  description: Scalars['String']['output'];
  /** Description as HTML. */
  descriptionHtml: Scalars['HTML']['output'];
  /** URL-safe unique name. */
  handle: Scalars['String']['output'];
  /** Global ID, `gid://shop/Collection/<n>`. */
  id: Scalars['ID']['output'];
  /** Banner image, or null. */
  image: Maybe<Image>;
  /** Products of the collection, filtered and sorted, with facets. */
  products: ProductConnection;
  /** Search-engine metadata. */
  seo: Seo;
  /** Title. */
  title: Scalars['String']['output'];
  /** When the collection last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


/** A merchandised group of products. */
export type CollectionProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<Array<ProductFilter>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  reverse?: InputMaybe<Scalars['Boolean']['input']>;
  sortKey?: InputMaybe<ProductSortKeys>;
};

/** A page of collections. */
export type CollectionConnection = {
  __typename?: 'CollectionConnection';
  /** Collections with their cursors. */
  edges: Array<CollectionEdge>;
  /** Collections of this page. */
  nodes: Array<Collection>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** A collection with its cursor. */
export type CollectionEdge = {
  __typename?: 'CollectionEdge';
  /** Cursor to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The collection. */
  node: Collection;
};

/** Something the caller can fix, such as a price with three decimals or an unknown variant. */
export type ContentUserError = {
  __typename?: 'ContentUserError';
  /** What went wrong, for programs: INVALID, NOT_FOUND, TOO_LONG, LESS_THAN, GREATER_THAN_MAX. */
  code: Maybe<Scalars['String']['output']>;
  /** Path to the argument at fault, e.g. `["prices", "0", "price"]`; null when no single argument is. */
  field: Maybe<Array<Scalars['String']['output']>>;
  /** What went wrong, for people. */
  message: Scalars['String']['output'];
};

/** Currencies the shop can price in. */
export type CurrencyCode =
  /** Euro. */
  | 'EUR'
  /** Pound sterling. */
  | 'GBP'
  /** US dollar. */
  | 'USD';

/** A shopper's account, owned by the customers subgraph; `node` resolves its id for the customer themselves. */
export type Customer = Node & {
  __typename?: 'Customer';
  /** Global ID, `gid://shop/Customer/<n>`. */
  id: Scalars['ID']['output'];
};

/** A facet of a product list, e.g. Vendor with a count per vendor. */
export type Filter = {
  __typename?: 'Filter';
  /** Stable id, e.g. `filter.p.vendor` or `filter.v.option.size`. */
  id: Scalars['String']['output'];
  /** Label to show, e.g. `Vendor`. */
  label: Scalars['String']['output'];
  /** How the facet is shown. */
  type: FilterType;
  /** Values with the number of products each would select. */
  values: Array<FilterValue>;
};

/** How a facet is shown. */
export type FilterType =
  /** A yes/no switch. */
  | 'BOOLEAN'
  /** A list of values to tick. */
  | 'LIST'
  /** A minimum and maximum price. */
  | 'PRICE_RANGE';

/** One value of a facet. */
export type FilterValue = {
  __typename?: 'FilterValue';
  /** Products this value would select, given the other facets' selections. */
  count: Scalars['Int']['output'];
  /** Stable id, e.g. `filter.p.vendor.acme`. */
  id: Scalars['String']['output'];
  /** JSON of a ProductFilter that selects this value. */
  input: Scalars['JSON']['output'];
  /** Label to show. */
  label: Scalars['String']['output'];
};

/** An image, resized and re-encoded on request. */
export type Image = {
  __typename?: 'Image';
  /** Text alternative for screen readers. */
  altText: Maybe<Scalars['String']['output']>;
  /** Height of the original in pixels. */
  height: Maybe<Scalars['Int']['output']>;
  /** Global ID of the image, when it is stored. */
  id: Maybe<Scalars['ID']['output']>;
  /** URL of the image, scaled down to fit `transform` and encoded as asked. */
  url: Scalars['URL']['output'];
  /** Width of the original in pixels. */
  width: Maybe<Scalars['Int']['output']>;
};


/** An image, resized and re-encoded on request. */
export type ImageUrlArgs = {
  transform?: InputMaybe<ImageTransformInput>;
};

/** A page of images. */
export type ImageConnection = {
  __typename?: 'ImageConnection';
  /** Images with their cursors. */
  edges: Array<ImageEdge>;
  /** Images of this page. */
  nodes: Array<Image>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** Image encodings a client may ask for; the image service serves SVG, WebP and JPEG, and AVIF and PNG as WebP. */
export type ImageContentType =
  /** AVIF. */
  | 'AVIF'
  /** JPEG. */
  | 'JPG'
  /** PNG. */
  | 'PNG'
  /** WebP. */
  | 'WEBP';

/** An image with its cursor. */
export type ImageEdge = {
  __typename?: 'ImageEdge';
  /** Cursor to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The image. */
  node: Image;
};

/** How to transform an image when building its URL. */
export type ImageTransformInput = {
  /** Largest height in pixels (1-5760); the image keeps its aspect ratio. Becomes the width bound it stands for. */
  maxHeight?: InputMaybe<Scalars['Int']['input']>;
  /** Largest width in pixels (1-5760); the image keeps its aspect ratio. The URL carries the largest served width within it. */
  maxWidth?: InputMaybe<Scalars['Int']['input']>;
  /** Encoding to serve; the original format when omitted. AVIF and PNG are served as WebP. */
  preferredContentType?: InputMaybe<ImageContentType>;
};

/** An amount of money in one currency. */
export type Money = {
  __typename?: 'Money';
  /** Decimal string with two fractional digits, e.g. `"19.99"`. */
  amount: Scalars['Decimal']['output'];
  /** Currency of `amount`. */
  currencyCode: CurrencyCode;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Staff with role MERCHANDISER, MARKETER or ADMIN only: changes a product's title, description or tags.
   * Pages showing the product (and its collections) are refreshed at the edge within seconds.
   */
  productUpdate: ProductPayload;
  /**
   * Staff with role MERCHANDISER, MARKETER or ADMIN only: sets variant prices, all of one product, in one
   * change (at most 250). The product's price range, its place in price-filtered listings and the pages
   * showing it follow within seconds.
   */
  variantPricesUpdate: ProductPayload;
};


export type MutationProductUpdateArgs = {
  id: Scalars['ID']['input'];
  input: ProductUpdateInput;
};


export type MutationVariantPricesUpdateArgs = {
  prices: Array<VariantPriceUpdateInput>;
};

/** An object with a global ID (`gid://shop/<Type>/<id>`) that `Query.node` can fetch. */
export type Node = {
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
};

/** An order, owned by the checkout subgraph; `node` resolves its id for whoever may see the order. */
export type Order = Node & {
  __typename?: 'Order';
  /** Global ID, `gid://shop/Order/<22 characters>`. */
  id: Scalars['ID']['output'];
};

/** A content page, owned by the content subgraph; `node` resolves a live page's id for anyone, a draft's only for content editors. */
export type Page = Node & {
  __typename?: 'Page';
  /** Global ID, `gid://shop/Page/<n>`. */
  id: Scalars['ID']['output'];
};

/** Relay pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item returned, or null for an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when more items follow `endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when more items precede `startCursor`. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item returned, or null for an empty page. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A price range to filter by; either bound may be left out. */
export type PriceRangeFilter = {
  /** Highest price, inclusive. */
  max?: InputMaybe<Scalars['Float']['input']>;
  /** Lowest price, inclusive. */
  min?: InputMaybe<Scalars['Float']['input']>;
};

/** A product: what a shopper browses. Shoppers buy its variants. */
export type Product = Node & {
  __typename?: 'Product';
  /** Collections that hold this product. */
  collections: CollectionConnection;
  /** Lowest and highest compare-at price, or null when no variant has one. */
  compareAtPriceRange: Maybe<ProductPriceRange>;
  /** When the product was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Description as plain text. */
  description: Scalars['String']['output'];
  /** Description as HTML. */
  descriptionHtml: Scalars['HTML']['output'];
  /** First image, or null when the product has none. */
  featuredImage: Maybe<Image>;
  /** URL-safe unique name, used in storefront URLs. */
  handle: Scalars['String']['output'];
  /** Global ID, `gid://shop/Product/<n>`. */
  id: Scalars['ID']['output'];
  /** Images in position order. */
  images: ImageConnection;
  /** Options variants differ by (e.g. Size, Color), with every value in use. */
  options: Array<ProductOption>;
  /** Lowest and highest variant price. */
  priceRange: ProductPriceRange;
  /** Category, e.g. `Sneakers`. */
  productType: Scalars['String']['output'];
  /** Search-engine metadata. */
  seo: Seo;
  /** Merchandising tags. */
  tags: Array<Scalars['String']['output']>;
  /** Title. */
  title: Scalars['String']['output'];
  /** When the product last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Variants in position order (at most 250 per page). */
  variants: ProductVariantConnection;
  /** Brand or maker. */
  vendor: Scalars['String']['output'];
};


/** A product: what a shopper browses. Shoppers buy its variants. */
export type ProductCollectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A product: what a shopper browses. Shoppers buy its variants. */
export type ProductImagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A product: what a shopper browses. Shoppers buy its variants. */
export type ProductVariantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of products, with facets for the whole result set. */
export type ProductConnection = {
  __typename?: 'ProductConnection';
  /** Products with their cursors. */
  edges: Array<ProductEdge>;
  /** Facets for the current result set (collection or search), with counts. */
  filters: Array<Filter>;
  /** Products of this page. */
  nodes: Array<Product>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of products in the whole result set (all pages), after filters. */
  totalCount: Scalars['Int']['output'];
};

/** A product with its cursor. */
export type ProductEdge = {
  __typename?: 'ProductEdge';
  /** Cursor to pass as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The product. */
  node: Product;
};

/** One filter on a product list. Filters of one kind are ORed; different kinds are ANDed. */
export type ProductFilter = {
  /** Only products that can (true) or cannot (false) be bought now. */
  available?: InputMaybe<Scalars['Boolean']['input']>;
  /** Products with a variant priced within this range. */
  price?: InputMaybe<PriceRangeFilter>;
  /** Products of this type. */
  productType?: InputMaybe<Scalars['String']['input']>;
  /** Products of this vendor. */
  productVendor?: InputMaybe<Scalars['String']['input']>;
  /** Products with this tag. */
  tag?: InputMaybe<Scalars['String']['input']>;
  /** Products with a variant that has this option value. */
  variantOption?: InputMaybe<VariantOptionFilter>;
};

/** An option of a product, e.g. Size with values S, M, L. */
export type ProductOption = {
  __typename?: 'ProductOption';
  /** Global ID, `gid://shop/ProductOption/<productId>-<position>`. */
  id: Scalars['ID']['output'];
  /** Option name, e.g. `Size`. */
  name: Scalars['String']['output'];
  /** Values in display order. */
  values: Array<Scalars['String']['output']>;
};

/** The result of a product change. */
export type ProductPayload = {
  __typename?: 'ProductPayload';
  /** The product as it is now; null when nothing was changed. */
  product: Maybe<Product>;
  /** Why nothing was changed; empty on success. */
  userErrors: Array<ContentUserError>;
};

/** A price range over a product's variants. */
export type ProductPriceRange = {
  __typename?: 'ProductPriceRange';
  /** Highest price. */
  maxVariantPrice: Money;
  /** Lowest price. */
  minVariantPrice: Money;
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

/** Changes to a product's merchandising text; a field left out is left as it is. */
export type ProductUpdateInput = {
  /** Plain text, at most 64 KB; `descriptionHtml` becomes its escaped paragraphs. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** At most 250 tags, each 1 to 255 characters; replaces the product's tags. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 1 to 255 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A purchasable version of a product, e.g. the M / Blue sneaker. */
export type ProductVariant = Node & {
  __typename?: 'ProductVariant';
  /** Former price to show struck through, or null. */
  compareAtPrice: Maybe<Money>;
  /** Global ID, `gid://shop/ProductVariant/<n>`. */
  id: Scalars['ID']['output'];
  /** Image of this variant, or null to use the product's. */
  image: Maybe<Image>;
  /** Price of one unit. */
  price: Money;
  /** The product this variant belongs to. */
  product: Product;
  /** The option values that define this variant. */
  selectedOptions: Array<SelectedOption>;
  /** Stock keeping unit. */
  sku: Maybe<Scalars['String']['output']>;
  /** Title made of its option values, e.g. `M / Blue`. */
  title: Scalars['String']['output'];
};

/** A page of variants. */
export type ProductVariantConnection = {
  __typename?: 'ProductVariantConnection';
  /** Variants with their cursors. */
  edges: Array<ProductVariantEdge>;
  /** Variants of this page. */
  nodes: Array<ProductVariant>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** A variant with its cursor. */
export type ProductVariantEdge = {
  __typename?: 'ProductVariantEdge';
  /** Cursor to pass as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The variant. */
  node: ProductVariant;
};

export type Query = {
  __typename?: 'Query';
  /** A collection by ID or handle (give exactly one), or null. */
  collection: Maybe<Collection>;
  /** Collections, A to Z by title. */
  collections: CollectionConnection;
  /** Any object by global ID, or null when it does not exist. */
  node: Maybe<Node>;
  /** Objects by global ID, in the order asked, null where one does not exist (at most 250 IDs). */
  nodes: Array<Maybe<Node>>;
  /** A product by ID or handle (give exactly one), or null. */
  product: Maybe<Product>;
  /**
   * Products, filtered by `query` in search syntax: free words plus `vendor:`, `product_type:`,
   * `tag:`, `title:` and `available_for_sale:true|false`, e.g. `tag:sale vendor:Acme boots`.
   */
  products: ProductConnection;
  /** Full-text search over products with facets; tolerant of typos. */
  search: ProductConnection;
  /** The shop. */
  shop: Shop;
};


export type QueryCollectionArgs = {
  handle?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCollectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryProductArgs = {
  handle?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  reverse?: InputMaybe<Scalars['Boolean']['input']>;
  sortKey?: InputMaybe<ProductSortKeys>;
};


export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<Array<ProductFilter>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  reverse?: InputMaybe<Scalars['Boolean']['input']>;
  sortKey?: InputMaybe<ProductSortKeys>;
};

/** One option value a variant has, e.g. Size: M. */
export type SelectedOption = {
  __typename?: 'SelectedOption';
  /** Option name. */
  name: Scalars['String']['output'];
  /** Option value. */
  value: Scalars['String']['output'];
};

/** Search-engine metadata of a page. */
export type Seo = {
  __typename?: 'Seo';
  /** Meta description. */
  description: Maybe<Scalars['String']['output']>;
  /** Title for the `<title>` element; falls back to the object's title. */
  title: Maybe<Scalars['String']['output']>;
};

/** The shop itself. */
export type Shop = {
  __typename?: 'Shop';
  /** Currencies prices can be shown in. */
  currencyCodes: Array<CurrencyCode>;
  /** Currency of all catalog prices. */
  defaultCurrencyCode: CurrencyCode;
  /** One-line description of the shop. */
  description: Maybe<Scalars['String']['output']>;
  /** Shop name as shown to shoppers. */
  name: Scalars['String']['output'];
  /** Public URL of the storefront. */
  primaryDomain: Scalars['URL']['output'];
};

/** An option value to filter by. */
export type VariantOptionFilter = {
  /** Option name, e.g. `Size`. */
  name: Scalars['String']['input'];
  /** Option value, e.g. `M`. */
  value: Scalars['String']['input'];
};

/** A variant's new price. */
export type VariantPriceUpdateInput = {
  /** Greater than `price`, or null for no compare-at price. */
  compareAtPrice?: InputMaybe<Scalars['Decimal']['input']>;
  /** Greater than 0, at most 1,000,000, at most two decimals, e.g. `24.95`. */
  price: Scalars['Decimal']['input'];
  /** The variant, `gid://shop/ProductVariant/<n>`. */
  variantId: Scalars['ID']['input'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Collection: Collection;
  Product: Product;
  ProductVariant: ProductVariant;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Collection:
    ( { __typename: 'Collection' }
    & GraphQLRecursivePick<FederationTypes['Collection'], {"id":true}> );
  Product:
    ( { __typename: 'Product' }
    & GraphQLRecursivePick<FederationTypes['Product'], {"id":true}> );
  ProductVariant:
    ( { __typename: 'ProductVariant' }
    & GraphQLRecursivePick<FederationTypes['ProductVariant'], {"id":true}> );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Node:
    | ( Cart )
    | ( CartLine )
    | ( Checkout )
    | ( CollectionRow )
    | ( Customer )
    | ( Order )
    | ( Page )
    | ( ProductRow )
    | ( VariantRow )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Cart: ResolverTypeWrapper<Cart>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CartLine: ResolverTypeWrapper<CartLine>;
  Checkout: ResolverTypeWrapper<Checkout>;
  Collection: ResolverTypeWrapper<CollectionRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CollectionConnection: ResolverTypeWrapper<Omit<CollectionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CollectionEdge']>, nodes: Array<ResolversTypes['Collection']> }>;
  CollectionEdge: ResolverTypeWrapper<Omit<CollectionEdge, 'node'> & { node: ResolversTypes['Collection'] }>;
  ContentUserError: ResolverTypeWrapper<ContentUserError>;
  CurrencyCode: CurrencyCode;
  Customer: ResolverTypeWrapper<Customer>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Filter: ResolverTypeWrapper<Filter>;
  FilterType: FilterType;
  FilterValue: ResolverTypeWrapper<FilterValue>;
  HTML: ResolverTypeWrapper<Scalars['HTML']['output']>;
  Image: ResolverTypeWrapper<ImageRow>;
  ImageConnection: ResolverTypeWrapper<Omit<ImageConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ImageEdge']>, nodes: Array<ResolversTypes['Image']> }>;
  ImageContentType: ImageContentType;
  ImageEdge: ResolverTypeWrapper<Omit<ImageEdge, 'node'> & { node: ResolversTypes['Image'] }>;
  ImageTransformInput: ImageTransformInput;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Order: ResolverTypeWrapper<Order>;
  Page: ResolverTypeWrapper<Page>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PriceRangeFilter: PriceRangeFilter;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Product: ResolverTypeWrapper<ProductRow>;
  ProductConnection: ResolverTypeWrapper<ProductListing>;
  ProductEdge: ResolverTypeWrapper<Omit<ProductEdge, 'node'> & { node: ResolversTypes['Product'] }>;
  ProductFilter: ProductFilter;
  ProductOption: ResolverTypeWrapper<ProductOption>;
  ProductPayload: ResolverTypeWrapper<Omit<ProductPayload, 'product'> & { product?: Maybe<ResolversTypes['Product']> }>;
  ProductPriceRange: ResolverTypeWrapper<ProductPriceRange>;
  ProductSortKeys: ProductSortKeys;
  ProductUpdateInput: ProductUpdateInput;
  ProductVariant: ResolverTypeWrapper<VariantRow>;
  ProductVariantConnection: ResolverTypeWrapper<Omit<ProductVariantConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ProductVariantEdge']>, nodes: Array<ResolversTypes['ProductVariant']> }>;
  ProductVariantEdge: ResolverTypeWrapper<Omit<ProductVariantEdge, 'node'> & { node: ResolversTypes['ProductVariant'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SelectedOption: ResolverTypeWrapper<SelectedOption>;
  Seo: ResolverTypeWrapper<Seo>;
  Shop: ResolverTypeWrapper<ShopRow>;
  URL: ResolverTypeWrapper<Scalars['URL']['output']>;
  VariantOptionFilter: VariantOptionFilter;
  VariantPriceUpdateInput: VariantPriceUpdateInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Cart: Cart;
  ID: Scalars['ID']['output'];
  CartLine: CartLine;
  Checkout: Checkout;
  Collection: CollectionRow;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
  CollectionConnection: Omit<CollectionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CollectionEdge']>, nodes: Array<ResolversParentTypes['Collection']> };
  CollectionEdge: Omit<CollectionEdge, 'node'> & { node: ResolversParentTypes['Collection'] };
  ContentUserError: ContentUserError;
  Customer: Customer;
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Filter: Filter;
  FilterValue: FilterValue;
  HTML: Scalars['HTML']['output'];
  Image: ImageRow;
  ImageConnection: Omit<ImageConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ImageEdge']>, nodes: Array<ResolversParentTypes['Image']> };
  ImageEdge: Omit<ImageEdge, 'node'> & { node: ResolversParentTypes['Image'] };
  ImageTransformInput: ImageTransformInput;
  JSON: Scalars['JSON']['output'];
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Order: Order;
  Page: Page;
  PageInfo: PageInfo;
  PriceRangeFilter: PriceRangeFilter;
  Float: Scalars['Float']['output'];
  Product: ProductRow;
  ProductConnection: ProductListing;
  ProductEdge: Omit<ProductEdge, 'node'> & { node: ResolversParentTypes['Product'] };
  ProductFilter: ProductFilter;
  ProductOption: ProductOption;
  ProductPayload: Omit<ProductPayload, 'product'> & { product?: Maybe<ResolversParentTypes['Product']> };
  ProductPriceRange: ProductPriceRange;
  ProductUpdateInput: ProductUpdateInput;
  ProductVariant: VariantRow;
  ProductVariantConnection: Omit<ProductVariantConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ProductVariantEdge']>, nodes: Array<ResolversParentTypes['ProductVariant']> };
  ProductVariantEdge: Omit<ProductVariantEdge, 'node'> & { node: ResolversParentTypes['ProductVariant'] };
  Query: Record<PropertyKey, never>;
  SelectedOption: SelectedOption;
  Seo: Seo;
  Shop: ShopRow;
  URL: Scalars['URL']['output'];
  VariantOptionFilter: VariantOptionFilter;
  VariantPriceUpdateInput: VariantPriceUpdateInput;
}>;

export type CartResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Cart'] = ResolversParentTypes['Cart']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CartLineResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CartLine'] = ResolversParentTypes['CartLine']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CheckoutResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Checkout'] = ResolversParentTypes['Checkout']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CollectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Collection'] = ResolversParentTypes['Collection'], FederationReferenceType extends FederationReferenceTypes['Collection'] = FederationReferenceTypes['Collection']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Collection']> | FederationReferenceType, FederationReferenceType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  descriptionHtml?: Resolver<ResolversTypes['HTML'], ParentType, ContextType>;
  handle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  image?: Resolver<Maybe<ResolversTypes['Image']>, ParentType, ContextType>;
  products?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, Partial<CollectionProductsArgs>>;
  seo?: Resolver<ResolversTypes['Seo'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CollectionConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CollectionConnection'] = ResolversParentTypes['CollectionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CollectionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Collection']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type CollectionEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CollectionEdge'] = ResolversParentTypes['CollectionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Collection'], ParentType, ContextType>;
}>;

export type ContentUserErrorResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ContentUserError'] = ResolversParentTypes['ContentUserError']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type FilterResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Filter'] = ResolversParentTypes['Filter']> = ResolversObject<{
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['FilterType'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['FilterValue']>, ParentType, ContextType>;
}>;

export type FilterValueResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['FilterValue'] = ResolversParentTypes['FilterValue']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  input?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface HtmlScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['HTML'], any> {
  name: 'HTML';
}

export type ImageResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Image'] = ResolversParentTypes['Image']> = ResolversObject<{
  altText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  height?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['URL'], ParentType, ContextType, Partial<ImageUrlArgs>>;
  width?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type ImageConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ImageConnection'] = ResolversParentTypes['ImageConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ImageEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Image']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ImageEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ImageEdge'] = ResolversParentTypes['ImageEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Image'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MoneyResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currencyCode?: Resolver<ResolversTypes['CurrencyCode'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  productUpdate?: Resolver<ResolversTypes['ProductPayload'], ParentType, ContextType, RequireFields<MutationProductUpdateArgs, 'id' | 'input'>>;
  variantPricesUpdate?: Resolver<ResolversTypes['ProductPayload'], ParentType, ContextType, RequireFields<MutationVariantPricesUpdateArgs, 'prices'>>;
}>;

export type NodeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Cart' | 'CartLine' | 'Checkout' | 'Collection' | 'Customer' | 'Order' | 'Page' | 'Product' | 'ProductVariant', ParentType, ContextType>;
}>;

export type OrderResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PageResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Page'] = ResolversParentTypes['Page']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProductResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product'], FederationReferenceType extends FederationReferenceTypes['Product'] = FederationReferenceTypes['Product']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Product']> | FederationReferenceType, FederationReferenceType, ContextType>;
  collections?: Resolver<ResolversTypes['CollectionConnection'], ParentType, ContextType, Partial<ProductCollectionsArgs>>;
  compareAtPriceRange?: Resolver<Maybe<ResolversTypes['ProductPriceRange']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  descriptionHtml?: Resolver<ResolversTypes['HTML'], ParentType, ContextType>;
  featuredImage?: Resolver<Maybe<ResolversTypes['Image']>, ParentType, ContextType>;
  handle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  images?: Resolver<ResolversTypes['ImageConnection'], ParentType, ContextType, Partial<ProductImagesArgs>>;
  options?: Resolver<Array<ResolversTypes['ProductOption']>, ParentType, ContextType>;
  priceRange?: Resolver<ResolversTypes['ProductPriceRange'], ParentType, ContextType>;
  productType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seo?: Resolver<ResolversTypes['Seo'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  variants?: Resolver<ResolversTypes['ProductVariantConnection'], ParentType, ContextType, Partial<ProductVariantsArgs>>;
  vendor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProductConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductConnection'] = ResolversParentTypes['ProductConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProductEdge']>, ParentType, ContextType>;
  filters?: Resolver<Array<ResolversTypes['Filter']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProductEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductEdge'] = ResolversParentTypes['ProductEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
}>;

export type ProductOptionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductOption'] = ResolversParentTypes['ProductOption']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProductPayloadResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductPayload'] = ResolversParentTypes['ProductPayload']> = ResolversObject<{
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['ContentUserError']>, ParentType, ContextType>;
}>;

export type ProductPriceRangeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductPriceRange'] = ResolversParentTypes['ProductPriceRange']> = ResolversObject<{
  maxVariantPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  minVariantPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type ProductVariantResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductVariant'] = ResolversParentTypes['ProductVariant'], FederationReferenceType extends FederationReferenceTypes['ProductVariant'] = FederationReferenceTypes['ProductVariant']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProductVariant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  compareAtPrice?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  image?: Resolver<Maybe<ResolversTypes['Image']>, ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  selectedOptions?: Resolver<Array<ResolversTypes['SelectedOption']>, ParentType, ContextType>;
  sku?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProductVariantConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductVariantConnection'] = ResolversParentTypes['ProductVariantConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProductVariantEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ProductVariant']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ProductVariantEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductVariantEdge'] = ResolversParentTypes['ProductVariantEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProductVariant'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  collection?: Resolver<Maybe<ResolversTypes['Collection']>, ParentType, ContextType, Partial<QueryCollectionArgs>>;
  collections?: Resolver<ResolversTypes['CollectionConnection'], ParentType, ContextType, Partial<QueryCollectionsArgs>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, Partial<QueryProductArgs>>;
  products?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, Partial<QueryProductsArgs>>;
  search?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'query'>>;
  shop?: Resolver<ResolversTypes['Shop'], ParentType, ContextType>;
}>;

export type SelectedOptionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['SelectedOption'] = ResolversParentTypes['SelectedOption']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SeoResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Seo'] = ResolversParentTypes['Seo']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ShopResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Shop'] = ResolversParentTypes['Shop']> = ResolversObject<{
  currencyCodes?: Resolver<Array<ResolversTypes['CurrencyCode']>, ParentType, ContextType>;
  defaultCurrencyCode?: Resolver<ResolversTypes['CurrencyCode'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  primaryDomain?: Resolver<ResolversTypes['URL'], ParentType, ContextType>;
}>;

export interface UrlScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['URL'], any> {
  name: 'URL';
}

export type Resolvers<ContextType = CatalogContext> = ResolversObject<{
  Cart?: CartResolvers<ContextType>;
  CartLine?: CartLineResolvers<ContextType>;
  Checkout?: CheckoutResolvers<ContextType>;
  Collection?: CollectionResolvers<ContextType>;
  CollectionConnection?: CollectionConnectionResolvers<ContextType>;
  CollectionEdge?: CollectionEdgeResolvers<ContextType>;
  ContentUserError?: ContentUserErrorResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Filter?: FilterResolvers<ContextType>;
  FilterValue?: FilterValueResolvers<ContextType>;
  HTML?: GraphQLScalarType;
  Image?: ImageResolvers<ContextType>;
  ImageConnection?: ImageConnectionResolvers<ContextType>;
  ImageEdge?: ImageEdgeResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  Page?: PageResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductConnection?: ProductConnectionResolvers<ContextType>;
  ProductEdge?: ProductEdgeResolvers<ContextType>;
  ProductOption?: ProductOptionResolvers<ContextType>;
  ProductPayload?: ProductPayloadResolvers<ContextType>;
  ProductPriceRange?: ProductPriceRangeResolvers<ContextType>;
  ProductVariant?: ProductVariantResolvers<ContextType>;
  ProductVariantConnection?: ProductVariantConnectionResolvers<ContextType>;
  ProductVariantEdge?: ProductVariantEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SelectedOption?: SelectedOptionResolvers<ContextType>;
  Seo?: SeoResolvers<ContextType>;
  Shop?: ShopResolvers<ContextType>;
  URL?: GraphQLScalarType;
}>;

