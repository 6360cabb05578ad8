import { requireContentEditor } from '../access.js';
import { forgetCounts, recordExperimentEvent, startExperiment, stopExperiment } from '../experiments.js';
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { updateMenu } from '../menus.js';
import {
  createPage,
  deletePage,
  duplicatePage,
  publishPage,
  restoreRevision,
  unpublishPage,
  updatePage,
} from '../page-editing.js';

const asDate = (value: Date | string | null | undefined) =>
  value == null ? null : value instanceof Date ? value : new Date(value);

// Every write but pageExperimentRecord is for content editors (MARKETER, ADMIN): the check comes
// first, before any argument is looked at.
export const Mutation = {
  pageCreate: (_parent, { input }, { identity, db }) => createPage(db, requireContentEditor(identity), input),
  pageUpdate: (_parent, { id, input }, { identity, db }) => updatePage(db, requireContentEditor(identity), id, input),
  pagePublish: (_parent, { id, publishAt }, { identity, db }) =>
    publishPage(db, requireContentEditor(identity), id, asDate(publishAt), new Date()),
  pageUnpublish: (_parent, { id }, { identity, db }) => unpublishPage(db, requireContentEditor(identity), id),
  pageDelete: async (_parent, { id }, { identity, db, redis }) => {
    requireContentEditor(identity);
    const payload = await deletePage(db, id);
    if (payload.userErrors.length === 0) await forgetCounts(redis, id);
    return payload;
  },
  pageDuplicate: (_parent, { id, handle }, { identity, db }) =>
    duplicatePage(db, requireContentEditor(identity), id, handle),
  pageRevisionRestore: (_parent, { id, revisionId }, { identity, db }) =>
    restoreRevision(db, requireContentEditor(identity), id, revisionId),
  pageExperimentStart: (_parent, { id, blocks, splitPercent }, { identity, db, redis }) => {
    requireContentEditor(identity);
    return startExperiment(db, redis, id, blocks, splitPercent);
  },
  pageExperimentStop: (_parent, { id, winner }, { identity, db }) =>
    stopExperiment(db, requireContentEditor(identity), id, winner),
  pageExperimentRecord: (_parent, { id, variant, event }, { db, redis }) =>
    recordExperimentEvent(db, redis, id, variant, event),
  menuUpdate: (_parent, { handle, items }, { identity, db }) =>
    updateMenu(db, requireContentEditor(identity), handle, items),
} satisfies MutationResolvers;
