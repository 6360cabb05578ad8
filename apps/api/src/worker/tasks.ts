import { catalogTasks } from '../subgraphs/catalog/index.js';
import { checkoutTasks } from '../subgraphs/checkout/index.js';
import { contentTasks } from '../subgraphs/content/index.js';
import { customersTasks } from '../subgraphs/customers/index.js';
import { inventoryTasks } from '../subgraphs/inventory/index.js';
import { outboxTasks } from '../platform/outbox/index.js';
import type { TaskName } from '../platform/queue/tasks.js';
import type { TaskHandlers } from './task-context.js';

/**
 * Every domain's handlers, from their index.ts. A domain that adds tasks exports `<domain>Tasks`
 * and is added to this one list; the names and payload schemas live in platform/queue/tasks.ts.
 */
export const domainTasks: TaskHandlers[] = [
  catalogTasks,
  checkoutTasks,
  contentTasks,
  customersTasks,
  inventoryTasks,
  outboxTasks,
];

/** Recurring jobs (cron syntax, UTC). A schedule is only installed when some domain handles its task. */
export const schedules: { task: TaskName; match: string }[] = [
  { task: 'inventory.expire-reservations', match: '* * * * *' },
  { task: 'customers.purge-expired-tokens', match: '17 * * * *' },
  // Cache invalidations a failed flush left behind (a flush is normally enqueued with the change).
  { task: 'cache.flush-invalidations', match: '* * * * *' },
  { task: 'cache.prune-invalidations', match: '41 * * * *' },
];

/** Merges handler lists; a task handled twice is a wiring mistake, refused at start. */
export function composeTasks(lists: TaskHandlers[]): TaskHandlers {
  const all: Record<string, unknown> = {};
  for (const list of lists) {
    for (const [name, handler] of Object.entries(list)) {
      if (name in all) throw new Error(`task ${name} has two handlers`);
      all[name] = handler;
    }
  }
  return all as TaskHandlers;
}
