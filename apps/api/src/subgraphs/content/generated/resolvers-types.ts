import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { PageView, BlockView } from '../page-view.js';
import { PageRevisionRow, StoredBlock, PageExperimentRow, MenuRow, StoredMenuItem, StoredSeo } from '../tables.js';
import { ExperimentVersion } from '../resolvers/PageExperiment.js';
import { ImageParent } from '../resolvers/Image.js';
import { PageList } from '../resolvers/Query.js';
import { ContentContext } from '../context.js';
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
  /** HTML that the server has sanitised: no scripts, event handlers or `javascript:` URLs. */
  HTML: { input: string; output: string; }
  /** Any JSON value. */
  JSON: { input: unknown; output: unknown; }
  /** An absolute URL or a path on the shop, e.g. `/collections/sale`. */
  URL: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A one-line announcement. */
export type BannerBlock = {
  __typename?: 'BannerBlock';
  /** Text. */
  text: Scalars['String']['output'];
  /** INFO, SALE or WARNING. */
  tone: Maybe<Scalars['String']['output']>;
  /** Where it links to: a path on the shop or an https URL. */
  url: Maybe<Scalars['URL']['output']>;
};

/** A collection, owned by the catalog; content blocks reference it by id. */
export type Collection = {
  __typename?: 'Collection';
  /** Global ID, `gid://shop/Collection/<n>`. */
  id: Scalars['ID']['output'];
};

/** The first products of a collection. */
export type CollectionBlock = {
  __typename?: 'CollectionBlock';
  /** The collection, or null when it no longer exists. */
  collection: Maybe<Collection>;
  /** Heading above the products. */
  heading: Maybe<Scalars['String']['output']>;
  /** How many of its products to show (1-24). */
  limit: Scalars['Int']['output'];
};

/** Something the caller can fix, such as a taken handle or a block whose data is wrong. */
export type ContentUserError = {
  __typename?: 'ContentUserError';
  /** What went wrong, for programs: INVALID, TAKEN, NOT_FOUND, TOO_LONG, IN_THE_PAST. */
  code: Maybe<Scalars['String']['output']>;
  /** Path to the argument at fault, e.g. `["input", "blocks", "2", "data", "heading"]`; null when no single argument is. */
  field: Maybe<Array<Scalars['String']['output']>>;
  /** What went wrong, for people. */
  message: Scalars['String']['output'];
};

/** A large image with a heading and a call to action. */
export type HeroBlock = {
  __typename?: 'HeroBlock';
  /** Button label. */
  ctaLabel: Maybe<Scalars['String']['output']>;
  /** Button target: a path on the shop or an https URL. */
  ctaUrl: Maybe<Scalars['URL']['output']>;
  /** Heading. */
  heading: Scalars['String']['output'];
  /** Background image, chosen from the catalog's images. */
  image: Maybe<Image>;
  /** Line under the heading. */
  subheading: Maybe<Scalars['String']['output']>;
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

/** How to transform an image when building its URL. */
export type ImageTransformInput = {
  /** Largest height in pixels (1-5760); the image keeps its aspect ratio. Becomes the width bound it stands for. */
  maxHeight?: InputMaybe<Scalars['Int']['input']>;
  /** Largest width in pixels (1-5760); the image keeps its aspect ratio. The URL carries the largest served width within it. */
  maxWidth?: InputMaybe<Scalars['Int']['input']>;
  /** Encoding to serve; the original format when omitted. AVIF and PNG are served as WebP. */
  preferredContentType?: InputMaybe<ImageContentType>;
};

/** A navigation menu (`main` in the header, `footer` in the footer). */
export type Menu = {
  __typename?: 'Menu';
  /** Its name, e.g. `main`. */
  handle: Scalars['String']['output'];
  /** Top-level items in order. */
  items: Array<MenuItem>;
};

/** A link in a menu, with its sub-items. */
export type MenuItem = {
  __typename?: 'MenuItem';
  /** Sub-items (one level). */
  items: Array<MenuItem>;
  /** Label. */
  title: Scalars['String']['output'];
  /** A path on the shop or an https URL. */
  url: Scalars['URL']['output'];
};

/** A menu item to save. */
export type MenuItemInput = {
  /** Sub-items (one level, at most 20). */
  items?: InputMaybe<Array<MenuItemInput>>;
  /** Label (1-60 characters). */
  title: Scalars['String']['input'];
  /** A path on the shop or an https URL. */
  url: Scalars['String']['input'];
};

/** The result of a menu change. */
export type MenuPayload = {
  __typename?: 'MenuPayload';
  /** The menu as it is now; null when nothing was changed. */
  menu: Maybe<Menu>;
  /** Why nothing was changed; empty on success. */
  userErrors: Array<ContentUserError>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Staff (MARKETER) only: replaces a menu's items. */
  menuUpdate: MenuPayload;
  /** Staff (MARKETER) only. */
  pageCreate: PagePayload;
  /** Staff (MARKETER) only: deletes the page and its revisions. */
  pageDelete: PagePayload;
  /** Staff (MARKETER) only: a new draft copy of a page under a new handle. */
  pageDuplicate: PagePayload;
  /** Anyone: records a view or an add-to-cart for a version of a page under test. Returns true when counted. */
  pageExperimentRecord: Scalars['Boolean']['output'];
  /** Staff (MARKETER) only: starts an A/B test with version `b`'s blocks and the share of shoppers who see it. */
  pageExperimentStart: PagePayload;
  /** Staff (MARKETER) only: stops the test; the page keeps the winner's blocks (published at once). */
  pageExperimentStop: PagePayload;
  /** Staff (MARKETER) only: publishes the draft now, or at `publishAt` (SCHEDULED). */
  pagePublish: PagePayload;
  /** Staff (MARKETER) only: replaces the draft with a published revision (publish to make it live). */
  pageRevisionRestore: PagePayload;
  /** Staff (MARKETER) only: takes the page off the site (and cancels a schedule); the draft stays. */
  pageUnpublish: PagePayload;
  /** Staff (MARKETER) only: changes the draft; the live version changes on publish. */
  pageUpdate: PagePayload;
};


export type MutationMenuUpdateArgs = {
  handle: Scalars['String']['input'];
  items: Array<MenuItemInput>;
};


export type MutationPageCreateArgs = {
  input: PageInput;
};


export type MutationPageDeleteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPageDuplicateArgs = {
  handle: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationPageExperimentRecordArgs = {
  event: PageExperimentEvent;
  id: Scalars['ID']['input'];
  variant: Scalars['String']['input'];
};


export type MutationPageExperimentStartArgs = {
  blocks: Array<PageBlockInput>;
  id: Scalars['ID']['input'];
  splitPercent: Scalars['Int']['input'];
};


export type MutationPageExperimentStopArgs = {
  id: Scalars['ID']['input'];
  winner: Scalars['String']['input'];
};


export type MutationPagePublishArgs = {
  id: Scalars['ID']['input'];
  publishAt?: InputMaybe<Scalars['DateTime']['input']>;
};


export type MutationPageRevisionRestoreArgs = {
  id: Scalars['ID']['input'];
  revisionId: Scalars['ID']['input'];
};


export type MutationPageUnpublishArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPageUpdateArgs = {
  id: Scalars['ID']['input'];
  input: PageInput;
};

/** An object with a global ID (`gid://shop/<Type>/<id>`) that `Query.node` can fetch. */
export type Node = {
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
};

/** A content page built from blocks by marketers. */
export type Page = Node & {
  __typename?: 'Page';
  /**
   * Blocks in display order: the published version for the public, the draft for staff asking with
   * `preview: true`. With an A/B test running, the version of `variant` (see `page`).
   */
  blocks: Array<PageBlock>;
  /** Staff only (null for others): the page's A/B test, running or stopped, with its counts. */
  experiment: Maybe<PageExperiment>;
  /**
   * Public: the share of shoppers (10-90) who see version `b` while an A/B test runs, else null. The
   * storefront picks the version from the edge's sticky bucket (bucket < split: `b`).
   */
  experimentSplit: Maybe<Scalars['Int']['output']>;
  /** URL-safe unique name: the page is served at `/pages/<handle>` (`home` is the home page). */
  handle: Scalars['String']['output'];
  /** Staff only (false for others): the draft differs from the live version. */
  hasUnpublishedChanges: Scalars['Boolean']['output'];
  /** Global ID, `gid://shop/Page/<n>`. */
  id: Scalars['ID']['output'];
  /** Staff only (null for others): when a scheduled publish happens. */
  publishAt: Maybe<Scalars['DateTime']['output']>;
  /** When the live version was first published, or null. */
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  /** Staff only (empty for others): published versions, newest first (at most 50). */
  revisions: Array<PageRevision>;
  /** Search-engine metadata. */
  seo: Seo;
  /** DRAFT (never published or unpublished), SCHEDULED (publishes at `publishAt`) or PUBLISHED. */
  status: PageStatus;
  /** Title. */
  title: Scalars['String']['output'];
  /** Last change to the page (draft or live). */
  updatedAt: Scalars['DateTime']['output'];
  /** Staff only (null for others): email of the last staff member who changed the page. */
  updatedBy: Maybe<Scalars['String']['output']>;
  /** The A/B version this answer shows (`a` or `b`), or null when no test runs. */
  variant: Maybe<Scalars['String']['output']>;
};


/** A content page built from blocks by marketers. */
export type PageRevisionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A block of a page. */
export type PageBlock = BannerBlock | CollectionBlock | HeroBlock | ProductGridBlock | RichTextBlock;

/** A block as stored: its type name and data, in the shape of `PageBlockInput`. */
export type PageBlockData = {
  __typename?: 'PageBlockData';
  /** Its fields, products and collections by ID. */
  data: Scalars['JSON']['output'];
  /** The block's typename, e.g. `HeroBlock`. */
  type: Scalars['String']['output'];
};

/** A block as marketers write it: `type` is the block's typename, `data` its fields (products and collections by ID). */
export type PageBlockInput = {
  /**
   * The block's fields. HeroBlock: heading, subheading, imageId, ctaLabel, ctaUrl. RichTextBlock:
   * html. ProductGridBlock: heading, productIds. CollectionBlock: heading, collectionId, limit.
   * BannerBlock: text, url, tone.
   */
  data: Scalars['JSON']['input'];
  /** HeroBlock, RichTextBlock, ProductGridBlock, CollectionBlock or BannerBlock. */
  type: Scalars['String']['input'];
};

/** A page of pages. */
export type PageConnection = {
  __typename?: 'PageConnection';
  /** Pages with their cursors. */
  edges: Array<PageEdge>;
  /** The pages. */
  nodes: Array<Page>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** A page and its cursor. */
export type PageEdge = {
  __typename?: 'PageEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The page. */
  node: Page;
};

/** An A/B test: two versions of a page's blocks, split by a sticky cookie at the edge. */
export type PageExperiment = {
  __typename?: 'PageExperiment';
  /** Percentage of shoppers (10-90, in steps of 10) who see version `b`. */
  splitPercent: Scalars['Int']['output'];
  /** When it started. */
  startedAt: Scalars['DateTime']['output'];
  /** RUNNING or STOPPED. */
  status: PageExperimentStatus;
  /** When it stopped, or null. */
  stoppedAt: Maybe<Scalars['DateTime']['output']>;
  /** Both versions with their counts. */
  versions: Array<PageExperimentVersion>;
  /** The version kept when it stopped (`a` or `b`), or null. */
  winner: Maybe<Scalars['String']['output']>;
};

/** What a shopper did on a page under test. */
export type PageExperimentEvent =
  /** Added something to the cart after seeing it. */
  | 'ADD_TO_CART'
  /** Saw the page. */
  | 'VIEW';

/** Whether an A/B test still runs. */
export type PageExperimentStatus =
  /** Shoppers are split between the versions. */
  | 'RUNNING'
  /** Everyone sees the winner. */
  | 'STOPPED';

/** One version of an A/B test. */
export type PageExperimentVersion = {
  __typename?: 'PageExperimentVersion';
  /** Add-to-carts recorded after a view of this version. */
  addsToCart: Scalars['Int']['output'];
  /** Its blocks (editable data). */
  blocks: Array<PageBlockData>;
  /** `a` (the page's own blocks) or `b`. */
  key: Scalars['String']['output'];
  /** Page views recorded for this version. */
  views: Scalars['Int']['output'];
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

/** Fields of a page to set; omitted fields keep their value. */
export type PageInput = {
  /** The draft's blocks, replacing the old ones (at most 50). */
  blocks?: InputMaybe<Array<PageBlockInput>>;
  /** URL-safe unique name (lowercase letters, digits and dashes). */
  handle?: InputMaybe<Scalars['String']['input']>;
  /** Search-engine metadata. */
  seo?: InputMaybe<SeoInput>;
  /** Title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** The result of a page change. */
export type PagePayload = {
  __typename?: 'PagePayload';
  /** The page as it is now; null when nothing was changed or it was deleted. */
  page: Maybe<Page>;
  /** Why nothing was changed; empty on success. */
  userErrors: Array<ContentUserError>;
};

/** One published version of a page. */
export type PageRevision = {
  __typename?: 'PageRevision';
  /** Its blocks (as `PageBlockInput` data, ready to edit). */
  blocks: Array<PageBlockData>;
  /** Global ID, `gid://shop/PageRevision/<n>`. */
  id: Scalars['ID']['output'];
  /** 1 for the first publish, counting up. */
  number: Scalars['Int']['output'];
  /** When it was published. */
  publishedAt: Scalars['DateTime']['output'];
  /** Email of the staff member who published it. */
  publishedBy: Maybe<Scalars['String']['output']>;
  /** Title at the time. */
  title: Scalars['String']['output'];
};

/** Publication state of a page. */
export type PageStatus =
  /** Not live: never published, or unpublished. */
  | 'DRAFT'
  /** Live. */
  | 'PUBLISHED'
  /** Not live yet: publishes at `publishAt`. */
  | 'SCHEDULED';

/** A product, owned by the catalog; content blocks reference it by id. */
export type Product = {
  __typename?: 'Product';
  /** Global ID, `gid://shop/Product/<n>`. */
  id: Scalars['ID']['output'];
};

/** A hand-picked grid of products. */
export type ProductGridBlock = {
  __typename?: 'ProductGridBlock';
  /** Heading above the grid. */
  heading: Maybe<Scalars['String']['output']>;
  /** The products in the chosen order; products that no longer exist are left out. */
  products: Array<Product>;
};

export type Query = {
  __typename?: 'Query';
  /** A menu by handle (`main`, `footer`), or null. */
  menu: Maybe<Menu>;
  /** Published page; drafts only for staff with preview: true. */
  page: Maybe<Page>;
  /** Staff only. */
  pages: PageConnection;
  /** Public: the live pages, newest first, for sitemaps and link lists (drafts never appear). */
  publishedPages: PageConnection;
};


export type QueryMenuArgs = {
  handle: Scalars['String']['input'];
};


export type QueryPageArgs = {
  handle: Scalars['String']['input'];
  preview?: InputMaybe<Scalars['Boolean']['input']>;
  variant?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<PageStatus>;
};


export type QueryPublishedPagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Formatted text. */
export type RichTextBlock = {
  __typename?: 'RichTextBlock';
  /** Sanitised HTML. */
  html: Scalars['HTML']['output'];
};

/** Search-engine metadata of a page. */
export type Seo = {
  __typename?: 'Seo';
  /** Meta description. */
  description: Maybe<Scalars['String']['output']>;
  /** Title for the `<title>` element; falls back to the object's title. */
  title: Maybe<Scalars['String']['output']>;
};

/** Search-engine metadata to set. */
export type SeoInput = {
  /** Meta description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Title for the `<title>` element. */
  title?: InputMaybe<Scalars['String']['input']>;
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
  Page: Page;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Page:
    ( { __typename: 'Page' }
    & GraphQLRecursivePick<FederationTypes['Page'], {"id":true}> );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Node: ( PageView );
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  BannerBlock: ResolverTypeWrapper<BlockView>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Collection: ResolverTypeWrapper<Collection>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CollectionBlock: ResolverTypeWrapper<BlockView>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ContentUserError: ResolverTypeWrapper<ContentUserError>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  HTML: ResolverTypeWrapper<Scalars['HTML']['output']>;
  HeroBlock: ResolverTypeWrapper<BlockView>;
  Image: ResolverTypeWrapper<ImageParent>;
  ImageContentType: ImageContentType;
  ImageTransformInput: ImageTransformInput;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Menu: ResolverTypeWrapper<MenuRow>;
  MenuItem: ResolverTypeWrapper<StoredMenuItem>;
  MenuItemInput: MenuItemInput;
  MenuPayload: ResolverTypeWrapper<Omit<MenuPayload, 'menu'> & { menu?: Maybe<ResolversTypes['Menu']> }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Page: ResolverTypeWrapper<PageView>;
  PageBlock: ResolverTypeWrapper<BlockView>;
  PageBlockData: ResolverTypeWrapper<StoredBlock>;
  PageBlockInput: PageBlockInput;
  PageConnection: ResolverTypeWrapper<PageList>;
  PageEdge: ResolverTypeWrapper<Omit<PageEdge, 'node'> & { node: ResolversTypes['Page'] }>;
  PageExperiment: ResolverTypeWrapper<PageExperimentRow>;
  PageExperimentEvent: PageExperimentEvent;
  PageExperimentStatus: PageExperimentStatus;
  PageExperimentVersion: ResolverTypeWrapper<ExperimentVersion>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PageInput: PageInput;
  PagePayload: ResolverTypeWrapper<Omit<PagePayload, 'page'> & { page?: Maybe<ResolversTypes['Page']> }>;
  PageRevision: ResolverTypeWrapper<PageRevisionRow>;
  PageStatus: PageStatus;
  Product: ResolverTypeWrapper<Product>;
  ProductGridBlock: ResolverTypeWrapper<BlockView>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RichTextBlock: ResolverTypeWrapper<BlockView>;
  Seo: ResolverTypeWrapper<StoredSeo>;
  SeoInput: SeoInput;
  URL: ResolverTypeWrapper<Scalars['URL']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  BannerBlock: BlockView;
  String: Scalars['String']['output'];
  Collection: Collection;
  ID: Scalars['ID']['output'];
  CollectionBlock: BlockView;
  Int: Scalars['Int']['output'];
  ContentUserError: ContentUserError;
  DateTime: Scalars['DateTime']['output'];
  HTML: Scalars['HTML']['output'];
  HeroBlock: BlockView;
  Image: ImageParent;
  ImageTransformInput: ImageTransformInput;
  JSON: Scalars['JSON']['output'];
  Menu: MenuRow;
  MenuItem: StoredMenuItem;
  MenuItemInput: MenuItemInput;
  MenuPayload: Omit<MenuPayload, 'menu'> & { menu?: Maybe<ResolversParentTypes['Menu']> };
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Page: PageView;
  PageBlock: BlockView;
  PageBlockData: StoredBlock;
  PageBlockInput: PageBlockInput;
  PageConnection: PageList;
  PageEdge: Omit<PageEdge, 'node'> & { node: ResolversParentTypes['Page'] };
  PageExperiment: PageExperimentRow;
  PageExperimentVersion: ExperimentVersion;
  PageInfo: PageInfo;
  PageInput: PageInput;
  PagePayload: Omit<PagePayload, 'page'> & { page?: Maybe<ResolversParentTypes['Page']> };
  PageRevision: PageRevisionRow;
  Product: Product;
  ProductGridBlock: BlockView;
  Query: Record<PropertyKey, never>;
  RichTextBlock: BlockView;
  Seo: StoredSeo;
  SeoInput: SeoInput;
  URL: Scalars['URL']['output'];
}>;

export type BannerBlockResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['BannerBlock'] = ResolversParentTypes['BannerBlock']> = ResolversObject<{
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CollectionResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['Collection'] = ResolversParentTypes['Collection']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CollectionBlockResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['CollectionBlock'] = ResolversParentTypes['CollectionBlock']> = ResolversObject<{
  collection?: Resolver<Maybe<ResolversTypes['Collection']>, ParentType, ContextType>;
  heading?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ContentUserErrorResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['ContentUserError'] = ResolversParentTypes['ContentUserError']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface HtmlScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['HTML'], any> {
  name: 'HTML';
}

export type HeroBlockResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['HeroBlock'] = ResolversParentTypes['HeroBlock']> = ResolversObject<{
  ctaLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ctaUrl?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  heading?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  image?: Resolver<Maybe<ResolversTypes['Image']>, ParentType, ContextType>;
  subheading?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ImageResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['Image'] = ResolversParentTypes['Image']> = ResolversObject<{
  altText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  height?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['URL'], ParentType, ContextType, Partial<ImageUrlArgs>>;
  width?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MenuResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['Menu'] = ResolversParentTypes['Menu']> = ResolversObject<{
  handle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['MenuItem']>, ParentType, ContextType>;
}>;

export type MenuItemResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['MenuItem'] = ResolversParentTypes['MenuItem']> = ResolversObject<{
  items?: Resolver<Array<ResolversTypes['MenuItem']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['URL'], ParentType, ContextType>;
}>;

export type MenuPayloadResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['MenuPayload'] = ResolversParentTypes['MenuPayload']> = ResolversObject<{
  menu?: Resolver<Maybe<ResolversTypes['Menu']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['ContentUserError']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  menuUpdate?: Resolver<ResolversTypes['MenuPayload'], ParentType, ContextType, RequireFields<MutationMenuUpdateArgs, 'handle' | 'items'>>;
  pageCreate?: Resolver<ResolversTypes['PagePayload'], ParentType, ContextType, RequireFields<MutationPageCreateArgs, 'input'>>;
  pageDelete?: Resolver<ResolversTypes['PagePayload'], ParentType, ContextType, RequireFields<MutationPageDeleteArgs, 'id'>>;
  pageDuplicate?: Resolver<ResolversTypes['PagePayload'], ParentType, ContextType, RequireFields<MutationPageDuplicateArgs, 'handle' | 'id'>>;
  pageExperimentRecord?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationPageExperimentRecordArgs, 'event' | 'id' | 'variant'>>;
  pageExperimentStart?: Resolver<ResolversTypes['PagePayload'], ParentType, ContextType, RequireFields<MutationPageExperimentStartArgs, 'blocks' | 'id' | 'splitPercent'>>;
  pageExperimentStop?: Resolver<ResolversTypes['PagePayload'], ParentType, ContextType, RequireFields<MutationPageExperimentStopArgs, 'id' | 'winner'>>;
  pagePublish?: Resolver<ResolversTypes['PagePayload'], ParentType, ContextType, RequireFields<MutationPagePublishArgs, 'id'>>;
  pageRevisionRestore?: Resolver<ResolversTypes['PagePayload'], ParentType, ContextType, RequireFields<MutationPageRevisionRestoreArgs, 'id' | 'revisionId'>>;
  pageUnpublish?: Resolver<ResolversTypes['PagePayload'], ParentType, ContextType, RequireFields<MutationPageUnpublishArgs, 'id'>>;
  pageUpdate?: Resolver<ResolversTypes['PagePayload'], ParentType, ContextType, RequireFields<MutationPageUpdateArgs, 'id' | 'input'>>;
}>;

export type NodeResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Page', ParentType, ContextType>;
}>;

export type PageResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['Page'] = ResolversParentTypes['Page'], FederationReferenceType extends FederationReferenceTypes['Page'] = FederationReferenceTypes['Page']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Page']> | FederationReferenceType, FederationReferenceType, ContextType>;
  blocks?: Resolver<Array<ResolversTypes['PageBlock']>, ParentType, ContextType>;
  experiment?: Resolver<Maybe<ResolversTypes['PageExperiment']>, ParentType, ContextType>;
  experimentSplit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  handle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hasUnpublishedChanges?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  revisions?: Resolver<Array<ResolversTypes['PageRevision']>, ParentType, ContextType, Partial<PageRevisionsArgs>>;
  seo?: Resolver<ResolversTypes['Seo'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PageStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  variant?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PageBlockResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['PageBlock'] = ResolversParentTypes['PageBlock']> = ResolversObject<{
  __resolveType: TypeResolveFn<'BannerBlock' | 'CollectionBlock' | 'HeroBlock' | 'ProductGridBlock' | 'RichTextBlock', ParentType, ContextType>;
}>;

export type PageBlockDataResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['PageBlockData'] = ResolversParentTypes['PageBlockData']> = ResolversObject<{
  data?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PageConnectionResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['PageConnection'] = ResolversParentTypes['PageConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PageEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Page']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PageEdgeResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['PageEdge'] = ResolversParentTypes['PageEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Page'], ParentType, ContextType>;
}>;

export type PageExperimentResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['PageExperiment'] = ResolversParentTypes['PageExperiment']> = ResolversObject<{
  splitPercent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PageExperimentStatus'], ParentType, ContextType>;
  stoppedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['PageExperimentVersion']>, ParentType, ContextType>;
  winner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PageExperimentVersionResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['PageExperimentVersion'] = ResolversParentTypes['PageExperimentVersion']> = ResolversObject<{
  addsToCart?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  blocks?: Resolver<Array<ResolversTypes['PageBlockData']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  views?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PagePayloadResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['PagePayload'] = ResolversParentTypes['PagePayload']> = ResolversObject<{
  page?: Resolver<Maybe<ResolversTypes['Page']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['ContentUserError']>, ParentType, ContextType>;
}>;

export type PageRevisionResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['PageRevision'] = ResolversParentTypes['PageRevision']> = ResolversObject<{
  blocks?: Resolver<Array<ResolversTypes['PageBlockData']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  publishedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ProductResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ProductGridBlockResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['ProductGridBlock'] = ResolversParentTypes['ProductGridBlock']> = ResolversObject<{
  heading?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  products?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  menu?: Resolver<Maybe<ResolversTypes['Menu']>, ParentType, ContextType, RequireFields<QueryMenuArgs, 'handle'>>;
  page?: Resolver<Maybe<ResolversTypes['Page']>, ParentType, ContextType, RequireFields<QueryPageArgs, 'handle' | 'preview'>>;
  pages?: Resolver<ResolversTypes['PageConnection'], ParentType, ContextType, Partial<QueryPagesArgs>>;
  publishedPages?: Resolver<ResolversTypes['PageConnection'], ParentType, ContextType, Partial<QueryPublishedPagesArgs>>;
}>;

export type RichTextBlockResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['RichTextBlock'] = ResolversParentTypes['RichTextBlock']> = ResolversObject<{
  html?: Resolver<ResolversTypes['HTML'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SeoResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['Seo'] = ResolversParentTypes['Seo']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export interface UrlScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['URL'], any> {
  name: 'URL';
}

export type Resolvers<ContextType = ContentContext> = ResolversObject<{
  BannerBlock?: BannerBlockResolvers<ContextType>;
  Collection?: CollectionResolvers<ContextType>;
  CollectionBlock?: CollectionBlockResolvers<ContextType>;
  ContentUserError?: ContentUserErrorResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  HTML?: GraphQLScalarType;
  HeroBlock?: HeroBlockResolvers<ContextType>;
  Image?: ImageResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Menu?: MenuResolvers<ContextType>;
  MenuItem?: MenuItemResolvers<ContextType>;
  MenuPayload?: MenuPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Page?: PageResolvers<ContextType>;
  PageBlock?: PageBlockResolvers<ContextType>;
  PageBlockData?: PageBlockDataResolvers<ContextType>;
  PageConnection?: PageConnectionResolvers<ContextType>;
  PageEdge?: PageEdgeResolvers<ContextType>;
  PageExperiment?: PageExperimentResolvers<ContextType>;
  PageExperimentVersion?: PageExperimentVersionResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PagePayload?: PagePayloadResolvers<ContextType>;
  PageRevision?: PageRevisionResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductGridBlock?: ProductGridBlockResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RichTextBlock?: RichTextBlockResolvers<ContextType>;
  Seo?: SeoResolvers<ContextType>;
  URL?: GraphQLScalarType;
}>;

