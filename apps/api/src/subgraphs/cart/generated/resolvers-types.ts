import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { CartRow, CartLineRow } from '../tables.js';
import { CartPricing } from '../pricing.js';
import { CartLineCostParent } from '../resolvers/CartLine.js';
import { CartLinePage } from '../resolvers/Cart.js';
import { CartContext } from '../context.js';
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
  /** An absolute URL, e.g. `https://shop.example/checkout`. */
  URL: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * A shopper's cart. Prices, discounts, tax and totals are computed on the server from the catalog.
 * A cart created or claimed by a signed-in customer is visible only to that customer; a guest cart is
 * visible to whoever holds its ID. Anything else looks exactly like a missing cart.
 */
export type Cart = Node & {
  __typename?: 'Cart';
  /** Who is buying: email, country (for tax) and the signed-in customer. */
  buyerIdentity: CartBuyerIdentity;
  /** Absolute URL of the storefront's checkout page for this cart. */
  checkoutUrl: Scalars['URL']['output'];
  /** Subtotal, tax and total of the cart, with its discount codes applied. */
  cost: CartCost;
  /** When the cart was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Discount codes entered for the cart, in the order entered, each with whether it applies now. */
  discountCodes: Array<CartDiscountCode>;
  /** Global ID, `gid://shop/Cart/<22 characters>` (128 random bits). */
  id: Scalars['ID']['output'];
  /** The cart's lines, in the order they were first added (at most 100 per cart). */
  lines: CartLineConnection;
  /** Sum of the lines' quantities. */
  totalQuantity: Scalars['Int']['output'];
  /** When the cart last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


/**
 * A shopper's cart. Prices, discounts, tax and totals are computed on the server from the catalog.
 * A cart created or claimed by a signed-in customer is visible only to that customer; a guest cart is
 * visible to whoever holds its ID. Anything else looks exactly like a missing cart.
 */
export type CartLinesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Who is buying a cart. */
export type CartBuyerIdentity = {
  __typename?: 'CartBuyerIdentity';
  /** ISO 3166-1 alpha-2 country code used for tax, or null. */
  countryCode: Maybe<Scalars['String']['output']>;
  /** The customer who owns the cart, or null for a guest cart. */
  customer: Maybe<Customer>;
  /** Email for the order confirmation, or null. */
  email: Maybe<Scalars['String']['output']>;
};

/** Who is buying a cart. */
export type CartBuyerIdentityInput = {
  /** ISO 3166-1 alpha-2 country code, e.g. `DE`, used for tax. */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  /**
   * The signed-in customer's access token. It must belong to the customer making the request; the guest
   * cart is then merged into that customer's open cart, and the payload returns the customer's cart.
   */
  customerAccessToken?: InputMaybe<Scalars['String']['input']>;
  /** Email for the order confirmation (at most 254 characters). */
  email?: InputMaybe<Scalars['String']['input']>;
};

/** What a cart costs. */
export type CartCost = {
  __typename?: 'CartCost';
  /** Sum of the lines' totals, before discounts and tax. */
  subtotalAmount: Money;
  /** Subtotal minus discounts plus tax: what the shopper pays before shipping. */
  totalAmount: Money;
  /** Tax on the discounted subtotal for the buyer's country, or null while no country is known. */
  totalTaxAmount: Maybe<Money>;
};

/** A discount code entered for a cart. */
export type CartDiscountCode = {
  __typename?: 'CartDiscountCode';
  /**
   * True when the code applies to the cart now: it exists, its validity window is open, its usage limit is not
   * reached, and the subtotal meets its minimum.
   */
  applicable: Scalars['Boolean']['output'];
  /** The code as the shop knows it, upper case. */
  code: Scalars['String']['output'];
};

/** Why a cart mutation was refused. */
export type CartErrorCode =
  /** No cart with this ID is visible to the caller. */
  | 'CART_NOT_FOUND'
  /** A discount code does not apply to the cart. */
  | 'DISCOUNT_CODE_NOT_APPLICABLE'
  /** A quantity is above 999 or the variant's maximum per order. */
  | 'GREATER_THAN_MAX'
  /** A value is malformed or out of range (an ID, a code, an email, a country, too many lines). */
  | 'INVALID'
  /** A line ID does not belong to the cart. */
  | 'INVALID_MERCHANDISE_LINE'
  /** A quantity is below 1. */
  | 'LESS_THAN'
  /** The variant does not exist. */
  | 'MERCHANDISE_NOT_FOUND'
  /** Fewer units are available than asked for. */
  | 'NOT_ENOUGH_STOCK';

/** A new cart. */
export type CartInput = {
  /** Who is buying. */
  buyerIdentity?: InputMaybe<CartBuyerIdentityInput>;
  /** Discount codes to enter (at most 10, each at most 64 characters). */
  discountCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Lines to start with (at most 250). */
  lines?: InputMaybe<Array<CartLineInput>>;
};

/** One variant in a cart with its quantity. */
export type CartLine = Node & {
  __typename?: 'CartLine';
  /** What the line costs, at the catalog's current price. */
  cost: CartLineCost;
  /** Global ID, `gid://shop/CartLine/<22 characters>` (128 random bits). */
  id: Scalars['ID']['output'];
  /** The variant. */
  merchandise: ProductVariant;
  /** How many of the variant, from 1 to 999 (and at most the variant's maximum per order). */
  quantity: Scalars['Int']['output'];
};

/** A page of cart lines. */
export type CartLineConnection = {
  __typename?: 'CartLineConnection';
  /** Lines with their cursors. */
  edges: Array<CartLineEdge>;
  /** Lines of this page. */
  nodes: Array<CartLine>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** What a cart line costs. */
export type CartLineCost = {
  __typename?: 'CartLineCost';
  /** The variant's price. */
  amountPerQuantity: Money;
  /** The variant's price before a reduction, or null. */
  compareAtAmountPerQuantity: Maybe<Money>;
  /** Price times quantity. */
  totalAmount: Money;
};

/** A cart line with its cursor. */
export type CartLineEdge = {
  __typename?: 'CartLineEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  /** The line. */
  node: CartLine;
};

/** A variant to add to a cart. */
export type CartLineInput = {
  /** Global ID of the variant, `gid://shop/ProductVariant/<n>`. */
  merchandiseId: Scalars['ID']['input'];
  /** How many, from 1 to 999 (and at most the variant's maximum per order). */
  quantity?: InputMaybe<Scalars['Int']['input']>;
};

/** A new quantity for a cart line. */
export type CartLineUpdateInput = {
  /** Global ID of the line. */
  id: Scalars['ID']['input'];
  /** The new quantity, 0 to 999; 0 removes the line. */
  quantity: Scalars['Int']['input'];
};

/** The result of a cart mutation. */
export type CartPayload = {
  __typename?: 'CartPayload';
  /** The cart after the change (unchanged when there are user errors), or null when it was not found. */
  cart: Maybe<Cart>;
  /** Problems with the input; empty on success. */
  userErrors: Array<CartUserError>;
};

/** A problem with a cart mutation's input that the shopper can fix; the cart is unchanged. */
export type CartUserError = {
  __typename?: 'CartUserError';
  /** What went wrong, for programs. */
  code: Maybe<CartErrorCode>;
  /** Path to the input field at fault, e.g. `["lines", "0", "quantity"]`. */
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

/** A shopper's account, owned by the customers subgraph; a cart refers to its owner. */
export type Customer = {
  __typename?: 'Customer';
  /** Global ID, `gid://shop/Customer/<n>`. */
  id: Scalars['ID']['output'];
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
   * Sets the buyer's email and country. With `customerAccessToken` (the requester's own), the guest cart is
   * merged into the customer's open cart and becomes `merged`; the payload returns the customer's cart,
   * whose ID may differ.
   */
  cartBuyerIdentityUpdate: CartPayload;
  /** Creates a cart; a signed-in customer owns it. */
  cartCreate: CartPayload;
  /** Replaces the cart's discount codes (an empty list removes them all). */
  cartDiscountCodesUpdate: CartPayload;
  /** Adds variants; a variant already in the cart adds to its line. */
  cartLinesAdd: CartPayload;
  /** Removes lines. */
  cartLinesRemove: CartPayload;
  /** Sets line quantities; quantity 0 removes the line. */
  cartLinesUpdate: CartPayload;
};


export type MutationCartBuyerIdentityUpdateArgs = {
  buyerIdentity: CartBuyerIdentityInput;
  cartId: Scalars['ID']['input'];
};


export type MutationCartCreateArgs = {
  input?: InputMaybe<CartInput>;
};


export type MutationCartDiscountCodesUpdateArgs = {
  cartId: Scalars['ID']['input'];
  discountCodes: Array<Scalars['String']['input']>;
};


export type MutationCartLinesAddArgs = {
  cartId: Scalars['ID']['input'];
  lines: Array<CartLineInput>;
};


export type MutationCartLinesRemoveArgs = {
  cartId: Scalars['ID']['input'];
  lineIds: Array<Scalars['ID']['input']>;
};


export type MutationCartLinesUpdateArgs = {
  cartId: Scalars['ID']['input'];
  lines: Array<CartLineUpdateInput>;
};

/** An object with a global ID (`gid://shop/<Type>/<id>`) that `Query.node` can fetch. */
export type Node = {
  /** Opaque global ID. */
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

/** A variant, owned by the catalog; a cart line refers to it. */
export type ProductVariant = {
  __typename?: 'ProductVariant';
  /** Global ID, `gid://shop/ProductVariant/<n>`. */
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** A cart by ID, or null when it does not exist or is not the caller's. */
  cart: Maybe<Cart>;
};


export type QueryCartArgs = {
  id: Scalars['ID']['input'];
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
  Cart: Cart;
  CartLine: CartLine;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Cart:
    ( { __typename: 'Cart' }
    & GraphQLRecursivePick<FederationTypes['Cart'], {"id":true}> );
  CartLine:
    ( { __typename: 'CartLine' }
    & GraphQLRecursivePick<FederationTypes['CartLine'], {"id":true}> );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Node:
    | ( CartRow )
    | ( CartLineRow )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Cart: ResolverTypeWrapper<CartRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CartBuyerIdentity: ResolverTypeWrapper<CartRow>;
  CartBuyerIdentityInput: CartBuyerIdentityInput;
  CartCost: ResolverTypeWrapper<CartPricing>;
  CartDiscountCode: ResolverTypeWrapper<CartDiscountCode>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CartErrorCode: CartErrorCode;
  CartInput: CartInput;
  CartLine: ResolverTypeWrapper<CartLineRow>;
  CartLineConnection: ResolverTypeWrapper<CartLinePage>;
  CartLineCost: ResolverTypeWrapper<CartLineCostParent>;
  CartLineEdge: ResolverTypeWrapper<Omit<CartLineEdge, 'node'> & { node: ResolversTypes['CartLine'] }>;
  CartLineInput: CartLineInput;
  CartLineUpdateInput: CartLineUpdateInput;
  CartPayload: ResolverTypeWrapper<Omit<CartPayload, 'cart'> & { cart?: Maybe<ResolversTypes['Cart']> }>;
  CartUserError: ResolverTypeWrapper<CartUserError>;
  CurrencyCode: CurrencyCode;
  Customer: ResolverTypeWrapper<Customer>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ProductVariant: ResolverTypeWrapper<ProductVariant>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  URL: ResolverTypeWrapper<Scalars['URL']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Cart: CartRow;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  CartBuyerIdentity: CartRow;
  CartBuyerIdentityInput: CartBuyerIdentityInput;
  CartCost: CartPricing;
  CartDiscountCode: CartDiscountCode;
  Boolean: Scalars['Boolean']['output'];
  CartInput: CartInput;
  CartLine: CartLineRow;
  CartLineConnection: CartLinePage;
  CartLineCost: CartLineCostParent;
  CartLineEdge: Omit<CartLineEdge, 'node'> & { node: ResolversParentTypes['CartLine'] };
  CartLineInput: CartLineInput;
  CartLineUpdateInput: CartLineUpdateInput;
  CartPayload: Omit<CartPayload, 'cart'> & { cart?: Maybe<ResolversParentTypes['Cart']> };
  CartUserError: CartUserError;
  Customer: Customer;
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  ProductVariant: ProductVariant;
  Query: Record<PropertyKey, never>;
  URL: Scalars['URL']['output'];
}>;

export type CartResolvers<ContextType = CartContext, ParentType extends ResolversParentTypes['Cart'] = ResolversParentTypes['Cart'], FederationReferenceType extends FederationReferenceTypes['Cart'] = FederationReferenceTypes['Cart']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Cart']> | FederationReferenceType, FederationReferenceType, ContextType>;
  buyerIdentity?: Resolver<ResolversTypes['CartBuyerIdentity'], ParentType, ContextType>;
  checkoutUrl?: Resolver<ResolversTypes['URL'], ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['CartCost'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  discountCodes?: Resolver<Array<ResolversTypes['CartDiscountCode']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<ResolversTypes['CartLineConnection'], ParentType, ContextType, Partial<CartLinesArgs>>;
  totalQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CartBuyerIdentityResolvers<ContextType = CartContext, ParentType extends ResolversParentTypes['CartBuyerIdentity'] = ResolversParentTypes['CartBuyerIdentity']> = ResolversObject<{
  countryCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CartCostResolvers<ContextType = CartContext, ParentType extends ResolversParentTypes['CartCost'] = ResolversParentTypes['CartCost']> = ResolversObject<{
  subtotalAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  totalAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  totalTaxAmount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
}>;

export type CartDiscountCodeResolvers<ContextType = CartContext, ParentType extends ResolversParentTypes['CartDiscountCode'] = ResolversParentTypes['CartDiscountCode']> = ResolversObject<{
  applicable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CartLineResolvers<ContextType = CartContext, ParentType extends ResolversParentTypes['CartLine'] = ResolversParentTypes['CartLine'], FederationReferenceType extends FederationReferenceTypes['CartLine'] = FederationReferenceTypes['CartLine']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CartLine']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cost?: Resolver<ResolversTypes['CartLineCost'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  merchandise?: Resolver<ResolversTypes['ProductVariant'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CartLineConnectionResolvers<ContextType = CartContext, ParentType extends ResolversParentTypes['CartLineConnection'] = ResolversParentTypes['CartLineConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CartLineEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CartLine']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type CartLineCostResolvers<ContextType = CartContext, ParentType extends ResolversParentTypes['CartLineCost'] = ResolversParentTypes['CartLineCost']> = ResolversObject<{
  amountPerQuantity?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  compareAtAmountPerQuantity?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  totalAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type CartLineEdgeResolvers<ContextType = CartContext, ParentType extends ResolversParentTypes['CartLineEdge'] = ResolversParentTypes['CartLineEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CartLine'], ParentType, ContextType>;
}>;

export type CartPayloadResolvers<ContextType = CartContext, ParentType extends ResolversParentTypes['CartPayload'] = ResolversParentTypes['CartPayload']> = ResolversObject<{
  cart?: Resolver<Maybe<ResolversTypes['Cart']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['CartUserError']>, ParentType, ContextType>;
}>;

export type CartUserErrorResolvers<ContextType = CartContext, ParentType extends ResolversParentTypes['CartUserError'] = ResolversParentTypes['CartUserError']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['CartErrorCode']>, ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = CartContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type MoneyResolvers<ContextType = CartContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currencyCode?: Resolver<ResolversTypes['CurrencyCode'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = CartContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  cartBuyerIdentityUpdate?: Resolver<ResolversTypes['CartPayload'], ParentType, ContextType, RequireFields<MutationCartBuyerIdentityUpdateArgs, 'buyerIdentity' | 'cartId'>>;
  cartCreate?: Resolver<ResolversTypes['CartPayload'], ParentType, ContextType, Partial<MutationCartCreateArgs>>;
  cartDiscountCodesUpdate?: Resolver<ResolversTypes['CartPayload'], ParentType, ContextType, RequireFields<MutationCartDiscountCodesUpdateArgs, 'cartId' | 'discountCodes'>>;
  cartLinesAdd?: Resolver<ResolversTypes['CartPayload'], ParentType, ContextType, RequireFields<MutationCartLinesAddArgs, 'cartId' | 'lines'>>;
  cartLinesRemove?: Resolver<ResolversTypes['CartPayload'], ParentType, ContextType, RequireFields<MutationCartLinesRemoveArgs, 'cartId' | 'lineIds'>>;
  cartLinesUpdate?: Resolver<ResolversTypes['CartPayload'], ParentType, ContextType, RequireFields<MutationCartLinesUpdateArgs, 'cartId' | 'lines'>>;
}>;

export type NodeResolvers<ContextType = CartContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Cart' | 'CartLine', ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = CartContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProductVariantResolvers<ContextType = CartContext, ParentType extends ResolversParentTypes['ProductVariant'] = ResolversParentTypes['ProductVariant']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CartContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  cart?: Resolver<Maybe<ResolversTypes['Cart']>, ParentType, ContextType, RequireFields<QueryCartArgs, 'id'>>;
}>;

export interface UrlScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['URL'], any> {
  name: 'URL';
}

export type Resolvers<ContextType = CartContext> = ResolversObject<{
  Cart?: CartResolvers<ContextType>;
  CartBuyerIdentity?: CartBuyerIdentityResolvers<ContextType>;
  CartCost?: CartCostResolvers<ContextType>;
  CartDiscountCode?: CartDiscountCodeResolvers<ContextType>;
  CartLine?: CartLineResolvers<ContextType>;
  CartLineConnection?: CartLineConnectionResolvers<ContextType>;
  CartLineCost?: CartLineCostResolvers<ContextType>;
  CartLineEdge?: CartLineEdgeResolvers<ContextType>;
  CartPayload?: CartPayloadResolvers<ContextType>;
  CartUserError?: CartUserErrorResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ProductVariant?: ProductVariantResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  URL?: GraphQLScalarType;
}>;

