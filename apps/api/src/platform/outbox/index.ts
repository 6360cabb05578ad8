// The outbox's public face: domains record invalidations in their own transactions; the worker flushes them.
export { recordInvalidation } from './record.js';
export { flushInvalidations, pruneInvalidations, type RevalidationTarget, type FlushResult } from './flush.js';
export { outboxTasks } from './tasks.js';
