import type { TaskHandlers } from '../../worker/task-context.js';
import { publishIfDue } from './publishing.js';

// Idempotent: the handler reads the page's state and publishes only a page still due.
export const contentTasks = {
  'content.publish-page': async ({ pageId }, { db, now, log }) => {
    const outcome = await publishIfDue(db, pageId, now());
    if (outcome === 'published') log.info('published a scheduled page', { pageId });
  },
} satisfies TaskHandlers;
