import { z } from 'zod';

// Every job the platform knows: its name and the shape of its payload. Domains add a line here
// when they add a task; enqueueJob checks the payload against the schema before it is stored, and
// the worker checks it again before a handler sees it (a job may outlive a deploy that changed it).

const id = z.string().min(1).max(200);
// A cron job's payload is graphile-worker's `{ _cron: { ts, backfilled } }`; the sweeps ignore it.
const sweep = z.object({}).loose();

export const taskPayloads = {
  'checkout.expire-reservation': z.object({ checkoutId: id }),
  'checkout.repair-attempt': z.object({ attemptId: id }),
  'checkout.order-confirmation': z.object({ orderId: id }),
  /** A charge whose outcome was unknown (failed or timed out at one provider instance): void it there. */
  'checkout.void-charge': z.object({ providerId: id, attemptId: id }),
  'inventory.sync-availability': z.object({ variantIds: z.array(z.number().int().positive()).min(1).max(10_000) }),
  'inventory.expire-reservations': sweep,
  'customers.purge-expired-tokens': sweep,
  /** Posts pending outbox cache invalidations to the storefront; enqueued by recordInvalidation, and a minute cron. */
  'cache.flush-invalidations': sweep,
  /** Deletes outbox rows done more than a day ago (a sale writes one); an hourly cron. */
  'cache.prune-invalidations': sweep,
  /** A scheduled publish: runs at the page's publishAt; publishes only if the page is still SCHEDULED and due. */
  'content.publish-page': z.object({ pageId: z.number().int().positive() }),
  /** Rebuilds the typo-tolerant search's vocabulary after product text changed; one pending job at a time. */
  'catalog.refresh-search-terms': sweep,
} as const;

export type TaskName = keyof typeof taskPayloads;
export type TaskPayload<T extends TaskName> = z.infer<(typeof taskPayloads)[T]>;

/** The names as constants, so a typo is a compile error rather than a job nobody handles. */
export const Tasks = {
  checkoutExpireReservation: 'checkout.expire-reservation',
  checkoutRepairAttempt: 'checkout.repair-attempt',
  checkoutOrderConfirmation: 'checkout.order-confirmation',
  checkoutVoidCharge: 'checkout.void-charge',
  inventorySyncAvailability: 'inventory.sync-availability',
  inventoryExpireReservations: 'inventory.expire-reservations',
  customersPurgeExpiredTokens: 'customers.purge-expired-tokens',
  cacheFlushInvalidations: 'cache.flush-invalidations',
  cachePruneInvalidations: 'cache.prune-invalidations',
  contentPublishPage: 'content.publish-page',
  catalogRefreshSearchTerms: 'catalog.refresh-search-terms',
} as const satisfies Record<string, TaskName>;

export const taskNames = Object.keys(taskPayloads) as TaskName[];

export function isTaskName(name: string): name is TaskName {
  return Object.hasOwn(taskPayloads, name);
}

/** Parses a payload for `task`; throws a ZodError naming the bad field. */
export function parseTaskPayload<T extends TaskName>(task: T, payload: unknown): TaskPayload<T> {
  return taskPayloads[task].parse(payload) as TaskPayload<T>;
}
