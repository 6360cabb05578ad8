import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { CustomerRow, AddressRow, StaffRow } from '../tables.js';
import { CustomersContext } from '../context.js';
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
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * A shopper's account. Only the customer themselves (or an ADMIN) can read it: any other
 * caller gets null, exactly as for an ID that does not exist.
 */
export type Customer = Node & {
  __typename?: 'Customer';
  /** Saved addresses, oldest first. */
  addresses: MailingAddressConnection;
  /** When the account was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The address to preselect at checkout, or null. */
  defaultAddress: Maybe<MailingAddress>;
  /** `First Last` when a name is known, otherwise the part of the email before the `@`. */
  displayName: Scalars['String']['output'];
  /** Sign-in email, lowercased. */
  email: Scalars['String']['output'];
  /** Given name, or null. */
  firstName: Maybe<Scalars['String']['output']>;
  /** Global ID, `gid://shop/Customer/<n>`. */
  id: Scalars['ID']['output'];
  /** Family name, or null. */
  lastName: Maybe<Scalars['String']['output']>;
};


/**
 * A shopper's account. Only the customer themselves (or an ADMIN) can read it: any other
 * caller gets null, exactly as for an ID that does not exist.
 */
export type CustomerAddressesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A bearer token for `Authorization: Bearer <accessToken>`. Keep it secret; it is shown only once. */
export type CustomerAccessToken = {
  __typename?: 'CustomerAccessToken';
  /** The opaque token. */
  accessToken: Scalars['String']['output'];
  /** When the token stops working (it can also be revoked before). */
  expiresAt: Scalars['DateTime']['output'];
};

/** Credentials to sign in with. */
export type CustomerAccessTokenCreateInput = {
  /** Sign-in email. */
  email: Scalars['String']['input'];
  /** Password. */
  password: Scalars['String']['input'];
};

/** Result of `customerAccessTokenCreate`. */
export type CustomerAccessTokenCreatePayload = {
  __typename?: 'CustomerAccessTokenCreatePayload';
  /** The new token, or null when sign-in failed. */
  customerAccessToken: Maybe<CustomerAccessToken>;
  /** Why sign-in failed; empty on success. */
  userErrors: Array<CustomerUserError>;
};

/** Result of `customerAccessTokenDelete`. */
export type CustomerAccessTokenDeletePayload = {
  __typename?: 'CustomerAccessTokenDeletePayload';
  /** The token that no longer works, or null when it was not a live token. */
  deletedAccessToken: Maybe<Scalars['String']['output']>;
  /** Why nothing was deleted; empty on success. */
  userErrors: Array<CustomerUserError>;
};

/** Result of `customerAddressCreate`. */
export type CustomerAddressPayload = {
  __typename?: 'CustomerAddressPayload';
  /** The saved address, or null when the input was refused. */
  customerAddress: Maybe<MailingAddress>;
  /** Why the input was refused; empty on success. */
  userErrors: Array<CustomerUserError>;
};

/** A new account. */
export type CustomerCreateInput = {
  /** True when the customer agrees to receive marketing email. */
  acceptsMarketing?: InputMaybe<Scalars['Boolean']['input']>;
  /** Sign-in email; compared without regard to case or surrounding spaces. */
  email: Scalars['String']['input'];
  /** Given name (at most 100 characters). */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Family name (at most 100 characters). */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Between 12 and 128 characters. */
  password: Scalars['String']['input'];
};

/** Result of `customerCreate`. */
export type CustomerCreatePayload = {
  __typename?: 'CustomerCreatePayload';
  /** The new customer, or null when the input was refused. */
  customer: Maybe<Customer>;
  /** Why the input was refused; empty on success. */
  userErrors: Array<CustomerUserError>;
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

/** Something the caller can fix, such as a taken email or a wrong password. */
export type CustomerUserError = {
  __typename?: 'CustomerUserError';
  /** What went wrong, for programs. */
  code: Maybe<CustomerErrorCode>;
  /** Path to the input field at fault, e.g. `["input", "email"]`; null when no single field is. */
  field: Maybe<Array<Scalars['String']['output']>>;
  /** What went wrong, for people. */
  message: Scalars['String']['output'];
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

/** A page of saved addresses. */
export type MailingAddressConnection = {
  __typename?: 'MailingAddressConnection';
  /** Addresses with their cursors. */
  edges: Array<MailingAddressEdge>;
  /** Addresses of this page. */
  nodes: Array<MailingAddress>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** An address with its cursor. */
export type MailingAddressEdge = {
  __typename?: 'MailingAddressEdge';
  /** Cursor to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The address. */
  node: MailingAddress;
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

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Signs a customer in and returns a token valid for 30 days. Attempts are limited per account and
   * per client address (TOO_MANY_ATTEMPTS); an unknown email and a wrong password look the same.
   */
  customerAccessTokenCreate: CustomerAccessTokenCreatePayload;
  /** Signs out: the token stops working at once. */
  customerAccessTokenDelete: CustomerAccessTokenDeletePayload;
  /** Saves an address to the signed-in customer's account (UNAUTHENTICATED otherwise). */
  customerAddressCreate: CustomerAddressPayload;
  /** Creates an account. An email that is already registered gives a TAKEN user error. */
  customerCreate: CustomerCreatePayload;
  /** Signs a staff member in; the same limits as customer sign-in apply. */
  staffAccessTokenCreate: StaffAccessTokenCreatePayload;
};


export type MutationCustomerAccessTokenCreateArgs = {
  input: CustomerAccessTokenCreateInput;
};


export type MutationCustomerAccessTokenDeleteArgs = {
  customerAccessToken: Scalars['String']['input'];
};


export type MutationCustomerAddressCreateArgs = {
  address: MailingAddressInput;
  setAsDefault?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationCustomerCreateArgs = {
  input: CustomerCreateInput;
};


export type MutationStaffAccessTokenCreateArgs = {
  input: StaffAccessTokenCreateInput;
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

export type Query = {
  __typename?: 'Query';
  /** The signed-in customer, or null. */
  customer: Maybe<Customer>;
  /** The signed-in staff member, or null. */
  staffMember: Maybe<StaffMember>;
};

/** Staff credentials to sign in with. */
export type StaffAccessTokenCreateInput = {
  /** Sign-in email. */
  email: Scalars['String']['input'];
  /** Password. */
  password: Scalars['String']['input'];
};

/** Result of `staffAccessTokenCreate`. */
export type StaffAccessTokenCreatePayload = {
  __typename?: 'StaffAccessTokenCreatePayload';
  /** The new staff token (valid for 12 hours), or null when sign-in failed. */
  staffAccessToken: Maybe<CustomerAccessToken>;
  /** Why sign-in failed; empty on success. */
  userErrors: Array<CustomerUserError>;
};

/** A member of the shop's staff. */
export type StaffMember = {
  __typename?: 'StaffMember';
  /** Sign-in email, lowercased. */
  email: Scalars['String']['output'];
  /** Global ID, `gid://shop/StaffMember/<n>`. */
  id: Scalars['ID']['output'];
  /** Roles granted. */
  roles: Array<StaffRole>;
};

/** What a staff member may do. */
export type StaffRole =
  /** Everything, including reading any customer. */
  | 'ADMIN'
  /** Builds and publishes content pages. */
  | 'MARKETER'
  /** Changes products, prices and stock. */
  | 'MERCHANDISER';

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
  Customer: Customer;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Node: ( CustomerRow );
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Customer: ResolverTypeWrapper<CustomerRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CustomerAccessToken: ResolverTypeWrapper<CustomerAccessToken>;
  CustomerAccessTokenCreateInput: CustomerAccessTokenCreateInput;
  CustomerAccessTokenCreatePayload: ResolverTypeWrapper<CustomerAccessTokenCreatePayload>;
  CustomerAccessTokenDeletePayload: ResolverTypeWrapper<CustomerAccessTokenDeletePayload>;
  CustomerAddressPayload: ResolverTypeWrapper<Omit<CustomerAddressPayload, 'customerAddress'> & { customerAddress?: Maybe<ResolversTypes['MailingAddress']> }>;
  CustomerCreateInput: CustomerCreateInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CustomerCreatePayload: ResolverTypeWrapper<Omit<CustomerCreatePayload, 'customer'> & { customer?: Maybe<ResolversTypes['Customer']> }>;
  CustomerErrorCode: CustomerErrorCode;
  CustomerUserError: ResolverTypeWrapper<CustomerUserError>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  MailingAddress: ResolverTypeWrapper<AddressRow>;
  MailingAddressConnection: ResolverTypeWrapper<Omit<MailingAddressConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['MailingAddressEdge']>, nodes: Array<ResolversTypes['MailingAddress']> }>;
  MailingAddressEdge: ResolverTypeWrapper<Omit<MailingAddressEdge, 'node'> & { node: ResolversTypes['MailingAddress'] }>;
  MailingAddressInput: MailingAddressInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  StaffAccessTokenCreateInput: StaffAccessTokenCreateInput;
  StaffAccessTokenCreatePayload: ResolverTypeWrapper<StaffAccessTokenCreatePayload>;
  StaffMember: ResolverTypeWrapper<StaffRow>;
  StaffRole: StaffRole;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Customer: CustomerRow;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  CustomerAccessToken: CustomerAccessToken;
  CustomerAccessTokenCreateInput: CustomerAccessTokenCreateInput;
  CustomerAccessTokenCreatePayload: CustomerAccessTokenCreatePayload;
  CustomerAccessTokenDeletePayload: CustomerAccessTokenDeletePayload;
  CustomerAddressPayload: Omit<CustomerAddressPayload, 'customerAddress'> & { customerAddress?: Maybe<ResolversParentTypes['MailingAddress']> };
  CustomerCreateInput: CustomerCreateInput;
  Boolean: Scalars['Boolean']['output'];
  CustomerCreatePayload: Omit<CustomerCreatePayload, 'customer'> & { customer?: Maybe<ResolversParentTypes['Customer']> };
  CustomerUserError: CustomerUserError;
  DateTime: Scalars['DateTime']['output'];
  MailingAddress: AddressRow;
  MailingAddressConnection: Omit<MailingAddressConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['MailingAddressEdge']>, nodes: Array<ResolversParentTypes['MailingAddress']> };
  MailingAddressEdge: Omit<MailingAddressEdge, 'node'> & { node: ResolversParentTypes['MailingAddress'] };
  MailingAddressInput: MailingAddressInput;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  StaffAccessTokenCreateInput: StaffAccessTokenCreateInput;
  StaffAccessTokenCreatePayload: StaffAccessTokenCreatePayload;
  StaffMember: StaffRow;
}>;

export type CustomerResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  addresses?: Resolver<ResolversTypes['MailingAddressConnection'], ParentType, ContextType, Partial<CustomerAddressesArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  defaultAddress?: Resolver<Maybe<ResolversTypes['MailingAddress']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CustomerAccessTokenResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CustomerAccessToken'] = ResolversParentTypes['CustomerAccessToken']> = ResolversObject<{
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type CustomerAccessTokenCreatePayloadResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CustomerAccessTokenCreatePayload'] = ResolversParentTypes['CustomerAccessTokenCreatePayload']> = ResolversObject<{
  customerAccessToken?: Resolver<Maybe<ResolversTypes['CustomerAccessToken']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['CustomerUserError']>, ParentType, ContextType>;
}>;

export type CustomerAccessTokenDeletePayloadResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CustomerAccessTokenDeletePayload'] = ResolversParentTypes['CustomerAccessTokenDeletePayload']> = ResolversObject<{
  deletedAccessToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['CustomerUserError']>, ParentType, ContextType>;
}>;

export type CustomerAddressPayloadResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CustomerAddressPayload'] = ResolversParentTypes['CustomerAddressPayload']> = ResolversObject<{
  customerAddress?: Resolver<Maybe<ResolversTypes['MailingAddress']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['CustomerUserError']>, ParentType, ContextType>;
}>;

export type CustomerCreatePayloadResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CustomerCreatePayload'] = ResolversParentTypes['CustomerCreatePayload']> = ResolversObject<{
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['CustomerUserError']>, ParentType, ContextType>;
}>;

export type CustomerUserErrorResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CustomerUserError'] = ResolversParentTypes['CustomerUserError']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['CustomerErrorCode']>, ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MailingAddressResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['MailingAddress'] = ResolversParentTypes['MailingAddress']> = ResolversObject<{
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

export type MailingAddressConnectionResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['MailingAddressConnection'] = ResolversParentTypes['MailingAddressConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MailingAddressEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['MailingAddress']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type MailingAddressEdgeResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['MailingAddressEdge'] = ResolversParentTypes['MailingAddressEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MailingAddress'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  customerAccessTokenCreate?: Resolver<ResolversTypes['CustomerAccessTokenCreatePayload'], ParentType, ContextType, RequireFields<MutationCustomerAccessTokenCreateArgs, 'input'>>;
  customerAccessTokenDelete?: Resolver<ResolversTypes['CustomerAccessTokenDeletePayload'], ParentType, ContextType, RequireFields<MutationCustomerAccessTokenDeleteArgs, 'customerAccessToken'>>;
  customerAddressCreate?: Resolver<ResolversTypes['CustomerAddressPayload'], ParentType, ContextType, RequireFields<MutationCustomerAddressCreateArgs, 'address'>>;
  customerCreate?: Resolver<ResolversTypes['CustomerCreatePayload'], ParentType, ContextType, RequireFields<MutationCustomerCreateArgs, 'input'>>;
  staffAccessTokenCreate?: Resolver<ResolversTypes['StaffAccessTokenCreatePayload'], ParentType, ContextType, RequireFields<MutationStaffAccessTokenCreateArgs, 'input'>>;
}>;

export type NodeResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Customer', ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  staffMember?: Resolver<Maybe<ResolversTypes['StaffMember']>, ParentType, ContextType>;
}>;

export type StaffAccessTokenCreatePayloadResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['StaffAccessTokenCreatePayload'] = ResolversParentTypes['StaffAccessTokenCreatePayload']> = ResolversObject<{
  staffAccessToken?: Resolver<Maybe<ResolversTypes['CustomerAccessToken']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['CustomerUserError']>, ParentType, ContextType>;
}>;

export type StaffMemberResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['StaffMember'] = ResolversParentTypes['StaffMember']> = ResolversObject<{
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['StaffRole']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = CustomersContext> = ResolversObject<{
  Customer?: CustomerResolvers<ContextType>;
  CustomerAccessToken?: CustomerAccessTokenResolvers<ContextType>;
  CustomerAccessTokenCreatePayload?: CustomerAccessTokenCreatePayloadResolvers<ContextType>;
  CustomerAccessTokenDeletePayload?: CustomerAccessTokenDeletePayloadResolvers<ContextType>;
  CustomerAddressPayload?: CustomerAddressPayloadResolvers<ContextType>;
  CustomerCreatePayload?: CustomerCreatePayloadResolvers<ContextType>;
  CustomerUserError?: CustomerUserErrorResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  MailingAddress?: MailingAddressResolvers<ContextType>;
  MailingAddressConnection?: MailingAddressConnectionResolvers<ContextType>;
  MailingAddressEdge?: MailingAddressEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  StaffAccessTokenCreatePayload?: StaffAccessTokenCreatePayloadResolvers<ContextType>;
  StaffMember?: StaffMemberResolvers<ContextType>;
}>;

