import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { CheckoutRow, OrderRow, ShippingRateRow, AddressJson } from '../tables.js';
import { CheckoutTotals } from '../pricing.js';
import { OrderLineParent } from '../resolvers/OrderLine.js';
import { OrderPage, CustomerReference } from '../customer-orders.js';
import { CheckoutContext } from '../context.js';
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
  _FieldSet: { input: unknown; output: unknown; }
};

/** A cart, owned by the cart subgraph; checkout only refers to it. */
export type Cart = {
  __typename?: 'Cart';
  /** Global ID, `gid://shop/Cart/<22 characters>`. */
  id: Scalars['ID']['output'];
};

/**
 * A cart on its way to becoming an order: its lines are a snapshot of the cart when checkout started,
 * and their stock is held until `reservedUntil`. Visible only to its owner (a signed-in customer) or,
 * for a guest checkout, to whoever holds its ID; anything else looks exactly like a missing checkout.
 */
export type Checkout = Node & {
  __typename?: 'Checkout';
  /** Shipping rates that can be chosen for the current address and subtotal. */
  availableShippingRates: Array<ShippingRate>;
  /** The cart this checkout was started from. */
  cart: Cart;
  /** Totals, computed on the server from the catalog's prices, discounts, tax and shipping. */
  cost: CheckoutCost;
  /** Where the order confirmation goes; prefilled for a signed-in customer. */
  email: Maybe<Scalars['String']['output']>;
  /** Global ID, `gid://shop/Checkout/<22 characters>` (128 random bits). */
  id: Scalars['ID']['output'];
  /** The order placed by this checkout, or null while it is open. */
  order: Maybe<Order>;
  /** True when email, shipping address and shipping rate are set and the stock is still held. */
  ready: Scalars['Boolean']['output'];
  /** Stock for every line is held for this checkout until this time. */
  reservedUntil: Maybe<Scalars['DateTime']['output']>;
  /** Where to ship; prefilled with a signed-in customer's default address. */
  shippingAddress: Maybe<MailingAddress>;
  /** The chosen shipping rate, or null. */
  shippingRate: Maybe<ShippingRate>;
};

/** Result of `checkoutComplete`. */
export type CheckoutCompletePayload = {
  __typename?: 'CheckoutCompletePayload';
  /** The order, or null when none was placed. */
  order: Maybe<Order>;
  /** Why no order was placed; empty on success. */
  userErrors: Array<CheckoutUserError>;
};

/** The totals of a checkout. */
export type CheckoutCost = {
  __typename?: 'CheckoutCost';
  /** Price of the chosen shipping rate, or null when none is chosen. */
  shippingAmount: Maybe<Money>;
  /** Sum of the lines, after discounts. */
  subtotalAmount: Money;
  /** What the shopper pays. */
  totalAmount: Money;
  /** Tax on subtotal and shipping for the shipping address's country. */
  totalTaxAmount: Money;
};

/** Why a checkout operation was refused. */
export type CheckoutErrorCode =
  /** The checkout already became an order (with another idempotency key). */
  | 'ALREADY_COMPLETED'
  /** The cart has no lines. */
  | 'CART_EMPTY'
  /** No cart with this ID is visible to the caller. */
  | 'CART_NOT_FOUND'
  /** No checkout with this ID is visible to the caller. */
  | 'CHECKOUT_NOT_FOUND'
  /** This idempotency key was already used for another checkout. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** A value is malformed, too long or out of range (also: a discount code that can no longer be used). */
  | 'INVALID'
  /** An email is needed before the order can be placed. */
  | 'MISSING_EMAIL'
  /** A shipping address is needed before the order can be placed. */
  | 'MISSING_SHIPPING_ADDRESS'
  /** A shipping rate must be chosen before the order can be placed. */
  | 'MISSING_SHIPPING_RATE'
  /** A line asks for more than can be bought now; `field` names the line. */
  | 'NOT_ENOUGH_STOCK'
  /** The payment provider declined the payment; nothing was charged. Retry with a new idempotency key. */
  | 'PAYMENT_DECLINED'
  /** No payment provider could take the payment now; nothing was charged and the stock is still held. */
  | 'PAYMENT_UNAVAILABLE'
  /** The stock hold ran out and could not be renewed; start checkout again. */
  | 'RESERVATION_EXPIRED';

/** Result of `checkoutStart` and `checkoutUpdate`. */
export type CheckoutPayload = {
  __typename?: 'CheckoutPayload';
  /** The checkout, or null when it could not be found or started. */
  checkout: Maybe<Checkout>;
  /** Why the input was refused; empty on success. */
  userErrors: Array<CheckoutUserError>;
};

/** Changes to a checkout; fields left out stay as they are. */
export type CheckoutUpdateInput = {
  /** Email for the order confirmation (at most 254 characters). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Where to ship; the country must be one the shop ships to. */
  shippingAddress?: InputMaybe<MailingAddressInput>;
  /** Handle of one of `availableShippingRates`. */
  shippingRateHandle?: InputMaybe<Scalars['String']['input']>;
};

/** Something the shopper can fix, or an outcome to show them. */
export type CheckoutUserError = {
  __typename?: 'CheckoutUserError';
  /** What went wrong, for programs. */
  code: Maybe<CheckoutErrorCode>;
  /** Path to the input field at fault, e.g. `["input", "email"]`; null when no single field is. */
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

/**
 * A shopper's account (owned by the customers subgraph); checkout adds the customer's orders.
 * Only the customer themselves can read them.
 */
export type Customer = {
  __typename?: 'Customer';
  /** Global ID, `gid://shop/Customer/<n>`. */
  id: Scalars['ID']['output'];
  /** The customer's orders, newest first. */
  orders: OrderConnection;
};


/**
 * A shopper's account (owned by the customers subgraph); checkout adds the customer's orders.
 * Only the customer themselves can read them.
 */
export type CustomerOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A postal address. */
export type MailingAddress = {
  __typename?: 'MailingAddress';
  /** Street and number. */
  address1: Maybe<Scalars['String']['output']>;
  /** Apartment, suite, floor. */
  address2: Maybe<Scalars['String']['output']>;
  /** City or town. */
  city: Maybe<Scalars['String']['output']>;
  /** Company name. */
  company: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 country code, e.g. `DE`. */
  countryCode: Maybe<Scalars['String']['output']>;
  /** Recipient's given name. */
  firstName: Maybe<Scalars['String']['output']>;
  /** Global ID, `gid://shop/MailingAddress/<n>`, when the address is saved. */
  id: Maybe<Scalars['ID']['output']>;
  /** Recipient's family name. */
  lastName: Maybe<Scalars['String']['output']>;
  /** Phone number for the courier. */
  phone: Maybe<Scalars['String']['output']>;
  /** State, province or region. */
  province: Maybe<Scalars['String']['output']>;
  /** Postal code. */
  zip: Maybe<Scalars['String']['output']>;
};

/** A postal address to save or ship to. */
export type MailingAddressInput = {
  /** Street and number (required to save an address). */
  address1?: InputMaybe<Scalars['String']['input']>;
  /** Apartment, suite, floor. */
  address2?: InputMaybe<Scalars['String']['input']>;
  /** City or town (required to save an address). */
  city?: InputMaybe<Scalars['String']['input']>;
  /** Company name. */
  company?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2 country code, e.g. `DE` (required to save an address). */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  /** Recipient's given name. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Recipient's family name. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Phone number: digits, spaces, `+ - . ( )`. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** State, province or region. */
  province?: InputMaybe<Scalars['String']['input']>;
  /** Postal code. */
  zip?: InputMaybe<Scalars['String']['input']>;
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
  /** Charges and places the order. The same idempotencyKey always yields the same order, once. */
  checkoutComplete: CheckoutCompletePayload;
  /**
   * Starts checkout for a cart and holds its stock for a limited time. Starting again for the same cart
   * re-syncs the open checkout with the cart and renews the hold.
   */
  checkoutStart: CheckoutPayload;
  /** Sets the email, shipping address or shipping rate of an open checkout. */
  checkoutUpdate: CheckoutPayload;
};


export type MutationCheckoutCompleteArgs = {
  checkoutId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  payment: PaymentInput;
};


export type MutationCheckoutStartArgs = {
  cartId: Scalars['ID']['input'];
};


export type MutationCheckoutUpdateArgs = {
  checkoutId: Scalars['ID']['input'];
  input: CheckoutUpdateInput;
};

/** An object with a global ID (`gid://shop/<Type>/<id>`) that `Query.node` can fetch. */
export type Node = {
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
};

/**
 * A placed order. Visible only to its customer or, for a guest order, to whoever holds its ID;
 * anything else looks exactly like a missing order.
 */
export type Order = Node & {
  __typename?: 'Order';
  /** When the order was placed. */
  createdAt: Scalars['DateTime']['output'];
  /** Where the confirmation was sent. */
  email: Scalars['String']['output'];
  /** Where the payment stands. */
  financialStatus: OrderFinancialStatus;
  /** Where the shipping stands. */
  fulfillmentStatus: OrderFulfillmentStatus;
  /** Global ID, `gid://shop/Order/<22 characters>` (128 random bits). */
  id: Scalars['ID']['output'];
  /** What was bought, as it was priced at checkout. */
  lines: Array<OrderLine>;
  /** Human order number, e.g. 1001. */
  number: Scalars['Int']['output'];
  /** Where the order ships. */
  shippingAddress: Maybe<MailingAddress>;
  /** Shipping paid. */
  shippingAmount: Money;
  /** Sum of the lines, after discounts. */
  subtotalAmount: Money;
  /** What was charged. */
  totalAmount: Money;
  /** Tax paid. */
  totalTaxAmount: Money;
};

/** A page of orders. */
export type OrderConnection = {
  __typename?: 'OrderConnection';
  /** Orders with their cursors. */
  edges: Array<OrderEdge>;
  /** Orders of this page. */
  nodes: Array<Order>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** An order with its cursor. */
export type OrderEdge = {
  __typename?: 'OrderEdge';
  /** Cursor to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The order. */
  node: Order;
};

/** Where an order's payment stands. */
export type OrderFinancialStatus =
  /** Authorised, not yet captured. */
  | 'AUTHORIZED'
  /** Charged. */
  | 'PAID'
  /** Not yet charged. */
  | 'PENDING'
  /** Paid back. */
  | 'REFUNDED'
  /** The authorisation was cancelled. */
  | 'VOIDED';

/** Where an order's shipping stands. */
export type OrderFulfillmentStatus =
  /** Everything shipped. */
  | 'FULFILLED'
  /** Partly shipped. */
  | 'IN_PROGRESS'
  /** Nothing shipped yet. */
  | 'UNFULFILLED';

/** One line of an order, a snapshot taken when it was placed. */
export type OrderLine = {
  __typename?: 'OrderLine';
  /** Units bought. */
  quantity: Scalars['Int']['output'];
  /** Stock-keeping unit at the time of the order. */
  sku: Maybe<Scalars['String']['output']>;
  /** Product title at the time of the order. */
  title: Scalars['String']['output'];
  /** Price of the line. */
  totalAmount: Money;
  /** Price of one unit, after discounts. */
  unitPrice: Money;
  /** The variant, while it still exists in the catalog. */
  variant: Maybe<ProductVariant>;
  /** Variant title at the time of the order, e.g. `Blue / M`. */
  variantTitle: Maybe<Scalars['String']['output']>;
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

/** How the shopper pays. */
export type PaymentInput = {
  /** A payment provider id, e.g. 'test' or 'stripe'. */
  provider: Scalars['String']['input'];
  /** A token from the provider's client SDK. Card numbers never reach this API. */
  token: Scalars['String']['input'];
};

/** A variant, owned by the catalog; an order line refers to it. */
export type ProductVariant = {
  __typename?: 'ProductVariant';
  /** Global ID, `gid://shop/ProductVariant/<n>`. */
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** A checkout visible to the caller, or null (also for another customer's checkout). */
  checkout: Maybe<Checkout>;
};


export type QueryCheckoutArgs = {
  id: Scalars['ID']['input'];
};

/** A way to ship an order. */
export type ShippingRate = {
  __typename?: 'ShippingRate';
  /** Stable identifier to pass as `shippingRateHandle`, e.g. `standard`. */
  handle: Scalars['String']['output'];
  /** What it costs. */
  price: Money;
  /** Name for people, e.g. `Standard (3-5 days)`. */
  title: Scalars['String']['output'];
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
  Checkout: Checkout;
  Customer: Customer;
  Order: Order;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Checkout:
    ( { __typename: 'Checkout' }
    & GraphQLRecursivePick<FederationTypes['Checkout'], {"id":true}> );
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Node:
    | ( CheckoutRow )
    | ( OrderRow )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Cart: ResolverTypeWrapper<Cart>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Checkout: ResolverTypeWrapper<CheckoutRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CheckoutCompletePayload: ResolverTypeWrapper<Omit<CheckoutCompletePayload, 'order'> & { order?: Maybe<ResolversTypes['Order']> }>;
  CheckoutCost: ResolverTypeWrapper<CheckoutTotals>;
  CheckoutErrorCode: CheckoutErrorCode;
  CheckoutPayload: ResolverTypeWrapper<Omit<CheckoutPayload, 'checkout'> & { checkout?: Maybe<ResolversTypes['Checkout']> }>;
  CheckoutUpdateInput: CheckoutUpdateInput;
  CheckoutUserError: ResolverTypeWrapper<CheckoutUserError>;
  CurrencyCode: CurrencyCode;
  Customer: ResolverTypeWrapper<CustomerReference>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  MailingAddress: ResolverTypeWrapper<AddressJson>;
  MailingAddressInput: MailingAddressInput;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Order: ResolverTypeWrapper<OrderRow>;
  OrderConnection: ResolverTypeWrapper<OrderPage>;
  OrderEdge: ResolverTypeWrapper<Omit<OrderEdge, 'node'> & { node: ResolversTypes['Order'] }>;
  OrderFinancialStatus: OrderFinancialStatus;
  OrderFulfillmentStatus: OrderFulfillmentStatus;
  OrderLine: ResolverTypeWrapper<OrderLineParent>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PaymentInput: PaymentInput;
  ProductVariant: ResolverTypeWrapper<ProductVariant>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ShippingRate: ResolverTypeWrapper<ShippingRateRow>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Cart: Cart;
  ID: Scalars['ID']['output'];
  Checkout: CheckoutRow;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  CheckoutCompletePayload: Omit<CheckoutCompletePayload, 'order'> & { order?: Maybe<ResolversParentTypes['Order']> };
  CheckoutCost: CheckoutTotals;
  CheckoutPayload: Omit<CheckoutPayload, 'checkout'> & { checkout?: Maybe<ResolversParentTypes['Checkout']> };
  CheckoutUpdateInput: CheckoutUpdateInput;
  CheckoutUserError: CheckoutUserError;
  Customer: CustomerReference;
  Int: Scalars['Int']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  MailingAddress: AddressJson;
  MailingAddressInput: MailingAddressInput;
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Order: OrderRow;
  OrderConnection: OrderPage;
  OrderEdge: Omit<OrderEdge, 'node'> & { node: ResolversParentTypes['Order'] };
  OrderLine: OrderLineParent;
  PageInfo: PageInfo;
  PaymentInput: PaymentInput;
  ProductVariant: ProductVariant;
  Query: Record<PropertyKey, never>;
  ShippingRate: ShippingRateRow;
}>;

export type CartResolvers<ContextType = CheckoutContext, ParentType extends ResolversParentTypes['Cart'] = ResolversParentTypes['Cart']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CheckoutResolvers<ContextType = CheckoutContext, ParentType extends ResolversParentTypes['Checkout'] = ResolversParentTypes['Checkout'], FederationReferenceType extends FederationReferenceTypes['Checkout'] = FederationReferenceTypes['Checkout']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Checkout']> | FederationReferenceType, FederationReferenceType, ContextType>;
  availableShippingRates?: Resolver<Array<ResolversTypes['ShippingRate']>, ParentType, ContextType>;
  cart?: Resolver<ResolversTypes['Cart'], ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['CheckoutCost'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  ready?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reservedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  shippingAddress?: Resolver<Maybe<ResolversTypes['MailingAddress']>, ParentType, ContextType>;
  shippingRate?: Resolver<Maybe<ResolversTypes['ShippingRate']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CheckoutCompletePayloadResolvers<ContextType = CheckoutContext, ParentType extends ResolversParentTypes['CheckoutCompletePayload'] = ResolversParentTypes['CheckoutCompletePayload']> = ResolversObject<{
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['CheckoutUserError']>, ParentType, ContextType>;
}>;

export type CheckoutCostResolvers<ContextType = CheckoutContext, ParentType extends ResolversParentTypes['CheckoutCost'] = ResolversParentTypes['CheckoutCost']> = ResolversObject<{
  shippingAmount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  subtotalAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  totalAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  totalTaxAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type CheckoutPayloadResolvers<ContextType = CheckoutContext, ParentType extends ResolversParentTypes['CheckoutPayload'] = ResolversParentTypes['CheckoutPayload']> = ResolversObject<{
  checkout?: Resolver<Maybe<ResolversTypes['Checkout']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['CheckoutUserError']>, ParentType, ContextType>;
}>;

export type CheckoutUserErrorResolvers<ContextType = CheckoutContext, ParentType extends ResolversParentTypes['CheckoutUserError'] = ResolversParentTypes['CheckoutUserError']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['CheckoutErrorCode']>, ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = CheckoutContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, Partial<CustomerOrdersArgs>>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type MailingAddressResolvers<ContextType = CheckoutContext, ParentType extends ResolversParentTypes['MailingAddress'] = ResolversParentTypes['MailingAddress']> = ResolversObject<{
  address1?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  address2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  countryCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  province?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  zip?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = CheckoutContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currencyCode?: Resolver<ResolversTypes['CurrencyCode'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = CheckoutContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  checkoutComplete?: Resolver<ResolversTypes['CheckoutCompletePayload'], ParentType, ContextType, RequireFields<MutationCheckoutCompleteArgs, 'checkoutId' | 'idempotencyKey' | 'payment'>>;
  checkoutStart?: Resolver<ResolversTypes['CheckoutPayload'], ParentType, ContextType, RequireFields<MutationCheckoutStartArgs, 'cartId'>>;
  checkoutUpdate?: Resolver<ResolversTypes['CheckoutPayload'], ParentType, ContextType, RequireFields<MutationCheckoutUpdateArgs, 'checkoutId' | 'input'>>;
}>;

export type NodeResolvers<ContextType = CheckoutContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Checkout' | 'Order', ParentType, ContextType>;
}>;

export type OrderResolvers<ContextType = CheckoutContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  financialStatus?: Resolver<ResolversTypes['OrderFinancialStatus'], ParentType, ContextType>;
  fulfillmentStatus?: Resolver<ResolversTypes['OrderFulfillmentStatus'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['OrderLine']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shippingAddress?: Resolver<Maybe<ResolversTypes['MailingAddress']>, ParentType, ContextType>;
  shippingAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  subtotalAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  totalAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  totalTaxAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrderConnectionResolvers<ContextType = CheckoutContext, ParentType extends ResolversParentTypes['OrderConnection'] = ResolversParentTypes['OrderConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrderEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Order']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type OrderEdgeResolvers<ContextType = CheckoutContext, ParentType extends ResolversParentTypes['OrderEdge'] = ResolversParentTypes['OrderEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
}>;

export type OrderLineResolvers<ContextType = CheckoutContext, ParentType extends ResolversParentTypes['OrderLine'] = ResolversParentTypes['OrderLine']> = ResolversObject<{
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  variant?: Resolver<Maybe<ResolversTypes['ProductVariant']>, ParentType, ContextType>;
  variantTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = CheckoutContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProductVariantResolvers<ContextType = CheckoutContext, ParentType extends ResolversParentTypes['ProductVariant'] = ResolversParentTypes['ProductVariant']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CheckoutContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  checkout?: Resolver<Maybe<ResolversTypes['Checkout']>, ParentType, ContextType, RequireFields<QueryCheckoutArgs, 'id'>>;
}>;

export type ShippingRateResolvers<ContextType = CheckoutContext, ParentType extends ResolversParentTypes['ShippingRate'] = ResolversParentTypes['ShippingRate']> = ResolversObject<{
  handle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = CheckoutContext> = ResolversObject<{
  Cart?: CartResolvers<ContextType>;
  Checkout?: CheckoutResolvers<ContextType>;
  CheckoutCompletePayload?: CheckoutCompletePayloadResolvers<ContextType>;
  CheckoutCost?: CheckoutCostResolvers<ContextType>;
  CheckoutPayload?: CheckoutPayloadResolvers<ContextType>;
  CheckoutUserError?: CheckoutUserErrorResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  MailingAddress?: MailingAddressResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderConnection?: OrderConnectionResolvers<ContextType>;
  OrderEdge?: OrderEdgeResolvers<ContextType>;
  OrderLine?: OrderLineResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ProductVariant?: ProductVariantResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ShippingRate?: ShippingRateResolvers<ContextType>;
}>;

