import { toGlobalId } from '../../../platform/graphql/global-id.js';
import { DateTime, HTML, JSONScalar, URL } from '../../../platform/graphql/scalars.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { BannerBlock, CollectionBlock, HeroBlock, PageBlock, ProductGridBlock, RichTextBlock } from './blocks.js';
import { Image } from './Image.js';
import { Mutation } from './Mutation.js';
import { Page } from './Page.js';
import { PageExperiment, PageExperimentVersion } from './PageExperiment.js';
import { Query } from './Query.js';

// One file per type with logic; types that only map fields are written here.
export const resolvers = {
  DateTime,
  URL,
  HTML,
  JSON: JSONScalar,
  Query,
  Mutation,
  Page,
  PageBlock,
  HeroBlock,
  RichTextBlock,
  ProductGridBlock,
  CollectionBlock,
  BannerBlock,
  Image,
  PageExperiment,
  PageExperimentVersion,
  Node: { __resolveType: () => 'Page' },
  PageRevision: {
    id: (revision) => toGlobalId('PageRevision', revision.id),
    number: (revision) => revision.number,
    title: (revision) => revision.title,
    publishedAt: (revision) => revision.publishedAt,
    publishedBy: (revision, _args, { loaders }) =>
      revision.publishedByStaffId === null ? null : loaders.staffEmailById.load(revision.publishedByStaffId),
    blocks: (revision) => revision.blocks,
  },
  PageBlockData: { type: (block) => block.type, data: (block) => block.data },
  Menu: { handle: (menu) => menu.handle, items: (menu) => menu.items },
  MenuItem: { title: (item) => item.title, url: (item) => item.url, items: (item) => item.items ?? [] },
} satisfies Resolvers;
