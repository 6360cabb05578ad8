import type { TaskHandlers } from '../../worker/task-context.js';
import { refreshSearchTerms } from './import.js';

export const catalogTasks = {
  // CONCURRENTLY: searches keep reading the old vocabulary while the new one is built.
  'catalog.refresh-search-terms': async (_payload, { db }) => {
    await refreshSearchTerms(db, { concurrently: true });
  },
} satisfies TaskHandlers;
