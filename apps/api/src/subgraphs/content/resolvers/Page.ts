import { toGlobalId } from '../../../platform/graphql/global-id.js';
import { idOfType } from '../../../platform/graphql/global-id.js';
import { isContentEditor } from '../access.js';
import type { ContentContext } from '../context.js';
import type { PageResolvers } from '../generated/resolvers-types.js';
import { draftView, isLive, liveView, type PageView } from '../page-view.js';
import { LIMITS } from '../rules.js';

// Staff-only fields answer null/empty/false for everyone else, whatever the page.

const runningExperiment = async (view: PageView, { loaders }: ContentContext) => {
  const experiment = await loaders.experimentByPageId.load(view.row.id);
  return experiment?.status === 'RUNNING' ? experiment : null;
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export const Page = {
  // `node` (in the catalog) hands over ids it was told the caller may see; check again here.
  __resolveReference: async (reference, context) => {
    const id = idOfType(reference.id, 'Page');
    const row = id === null ? null : await context.loaders.pageById.load(id);
    if (!row) return null;
    if (isContentEditor(context.identity)) return draftView(row);
    return isLive(row) ? liveView(row) : null;
  },
  id: (view) => toGlobalId('Page', view.row.id),
  handle: (view) => view.row.handle,
  title: (view) => (view.version === 'live' ? (view.row.liveTitle ?? view.row.title) : view.row.title),
  seo: (view) => {
    const live = view.version === 'live';
    const seo = (live ? view.row.liveSeo : null) ?? view.row.seo;
    const title = live ? (view.row.liveTitle ?? view.row.title) : view.row.title;
    return { title: seo.title ?? title, description: seo.description };
  },
  blocks: async (view, _args, context) => {
    if (view.variant === 'b') {
      const experiment = await runningExperiment(view, context);
      if (experiment) return experiment.blocksB;
    }
    return (view.version === 'live' ? view.row.liveBlocks : view.row.blocks) ?? [];
  },
  // The live copy is PUBLISHED and dates from its last publish: a next version SCHEDULED, or a
  // draft edited since, is the editors' business (and would move the sitemap's lastmod).
  status: (view) => (view.version === 'live' ? 'PUBLISHED' : view.row.status),
  publishedAt: (view) => view.row.publishedAt,
  updatedAt: async (view, _args, { loaders }) => {
    if (view.version !== 'live') return view.row.updatedAt;
    const last = await loaders.lastPublishedAtByPageId.load(view.row.id);
    return last?.publishedAt ?? view.row.publishedAt ?? view.row.updatedAt;
  },
  publishAt: (view, _args, { identity }) => (isContentEditor(identity) ? view.row.publishAt : null),
  updatedBy: (view, _args, { identity, loaders }) =>
    isContentEditor(identity) && view.row.updatedByStaffId !== null
      ? loaders.staffEmailById.load(view.row.updatedByStaffId)
      : null,
  hasUnpublishedChanges: (view, _args, { identity }) => {
    if (!isContentEditor(identity)) return false;
    const { row } = view;
    return (
      row.liveBlocks === null ||
      row.liveTitle !== row.title ||
      !same(row.liveSeo, row.seo) ||
      !same(row.liveBlocks, row.blocks)
    );
  },
  revisions: async (view, { first }, { identity, loaders }) => {
    if (!isContentEditor(identity)) return [];
    const count = Math.max(0, Math.min(first ?? LIMITS.revisions, LIMITS.revisions));
    return (await loaders.revisionsByPageId.load(view.row.id)).slice(0, count);
  },
  experiment: (view, _args, { identity, loaders }) =>
    isContentEditor(identity) ? loaders.experimentByPageId.load(view.row.id) : null,
  variant: async (view, _args, context) => ((await runningExperiment(view, context)) ? view.variant : null),
  experimentSplit: async (view, _args, context) => (await runningExperiment(view, context))?.splitPercent ?? null,
} satisfies PageResolvers;
