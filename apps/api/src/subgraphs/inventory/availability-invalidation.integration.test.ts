import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { connectDatabase } from '../../platform/db/client.js';
import { entitiesOfTags } from '../../gateway/response-cache/outbox-eviction.js';
import { toGlobalId } from '../../platform/graphql/global-id.js';
import { findQueuedJobs } from '../../platform/queue/queued-jobs.js';
import type { TaskContext } from '../../worker/task-context.js';
import { inventoryTasks, releaseHold, reserveStock } from './index.js';

// When stock runs out or comes back, the availability sync records the invalidation of the
// product's pages (product and its collections) in the transaction that flips the catalog's copy.
// In a transaction that is rolled back: other files read the seeded stock at the same time.
const database = connectDatabase(inject('databaseUrl'), { max: 2 });
afterAll(() => database.close());

class Rollback extends Error {}
const context = (db: unknown) =>
  ({ db, now: () => new Date(), log: { info() {}, warn() {}, error() {} } }) as unknown as TaskContext;

describe('availability sync and the edge', () => {
  it('records product and collection tags when a product sells out and when it returns, and nothing when nothing flips', async () => {
    const checked = await database.db
      .transaction(async (tx) => {
        const [row] = await tx.execute<{ variantId: string; productId: string; free: number }>(sql`
          select v.id as "variantId", v.product_id as "productId",
                 (select sum(l.on_hand - l.reserved)::int from inventory.levels l where l.variant_id = v.id) as free
            from catalog.variants v join inventory.items i on i.variant_id = v.id
           where v.available and i.tracked and i.max_per_order is null
             and exists (select 1 from catalog.collection_products cp where cp.product_id = v.product_id)
             and (select sum(l.on_hand - l.reserved) from inventory.levels l where l.variant_id = v.id) > 0
           order by v.id desc limit 1`);
        const variantId = Number(row!.variantId);
        const productId = Number(row!.productId);
        const collections = await tx.execute<{ id: string }>(
          sql`select collection_id::text as id from catalog.collection_products where product_id = ${productId}`,
        );
        const expected = [`product:${productId}`, ...collections.map((c) => `collection:${c.id}`)].sort();
        const invalidations = async () =>
          (
            await tx.execute<{ tags: string[]; reason: string }>(
              sql`select tags, reason from outbox.cache_invalidations where ${`product:${productId}`} = any(tags) order by id`,
            )
          ).map((r) => ({ tags: [...r.tags].sort(), reason: r.reason }));

        const sync = () => inventoryTasks['inventory.sync-availability']({ variantIds: [variantId] }, context(tx));
        // Converge first (another file may have moved this stock with no worker to sync it); then a
        // sync with nothing to flip records nothing.
        await sync();
        const converged = (await invalidations()).length;
        await sync();
        expect(await invalidations()).toHaveLength(converged);

        const holder = randomBytes(16).toString('base64url');
        expect(
          await reserveStock(tx, holder, [{ variantId, quantity: row!.free }], new Date(Date.now() + 60_000)),
        ).toEqual({
          ok: true,
        });
        await sync();
        expect((await invalidations()).slice(converged)).toEqual([{ tags: expected, reason: 'availability' }]);

        // Its own hold only (the expiry sweep would lock other files' expired holds meanwhile).
        await releaseHold(tx, holder);
        await sync();
        expect(await invalidations()).toHaveLength(converged + 2);
        throw new Rollback('checked');
      })
      .catch((error: unknown) => {
        if (error instanceof Rollback) return error.message;
        throw error;
      });
    expect(checked).toBe('checked');
  });

  it('records a stock row for every change of a variant’s free units, and wakes no flush job for it', async () => {
    const checked = await database.db
      .transaction(async (tx) => {
        const [row] = await tx.execute<{ variantId: string }>(sql`
          select i.variant_id as "variantId" from inventory.items i
           where i.tracked and i.max_per_order is null
             and (select sum(l.on_hand - l.reserved) from inventory.levels l where l.variant_id = i.variant_id) > 2
           order by i.variant_id desc offset 5 limit 1`);
        const variantId = Number(row!.variantId);
        const stockRows = async () =>
          (
            await tx.execute<{ tags: string[]; reason: string }>(
              sql`select tags, reason from outbox.cache_invalidations where ${`stock:${variantId}`} = any(tags) order by id`,
            )
          ).map((r) => ({ tags: r.tags, reason: r.reason }));
        const flushJobs = async () => (await findQueuedJobs(tx, { key: 'cache.flush-invalidations' })).length;
        const jobsBefore = await flushJobs();

        const holder = randomBytes(16).toString('base64url');
        // One unit of several: the variant stays for sale, so only its quantity moved.
        await reserveStock(tx, holder, [{ variantId, quantity: 1 }], new Date(Date.now() + 60_000));
        expect(await stockRows()).toEqual([{ tags: [`stock:${variantId}`], reason: 'stock' }]);
        await releaseHold(tx, holder);
        expect(await stockRows()).toHaveLength(2);
        // A job per sale would put every checkout in a queue on that job's row.
        expect(await flushJobs()).toBe(jobsBefore);
        throw new Rollback('checked');
      })
      .catch((error: unknown) => {
        if (error instanceof Rollback) return error.message;
        throw error;
      });
    expect(checked).toBe('checked');
  });

  it('a sell-out or return evicts the product’s cached answers in its own transaction, not only once the sync job runs', async () => {
    // Listings select Product.availableForSale and no variant: the `stock:<variant>` row does not
    // reach them, and the sync job's product row is not counted in the eviction tick's lag, so a
    // queue backlog would keep "in stock" cached past the stock bound while the tick vouches.
    const checked = await database.db
      .transaction(async (tx) => {
        const [row] = await tx.execute<{ variantId: string; productId: string; free: number }>(sql`
          select i.variant_id as "variantId", i.product_id as "productId",
                 (select sum(l.on_hand - l.reserved)::int from inventory.levels l where l.variant_id = i.variant_id) as free
            from inventory.items i
           where i.tracked and i.max_per_order is null
             and (select sum(l.on_hand - l.reserved) from inventory.levels l where l.variant_id = i.variant_id) > 1
           order by i.variant_id desc offset 9 limit 1`);
        const variantId = Number(row!.variantId);
        const product = { typename: 'Product', id: toGlobalId('Product', row!.productId) };
        const evictedSince = async (afterId: number) =>
          entitiesOfTags(
            (
              await tx.execute<{ tags: string[] }>(
                sql`select tags from outbox.cache_invalidations where id > ${afterId} order by id`,
              )
            ).flatMap((r) => r.tags),
          );
        const lastId = async () =>
          Number(
            (
              await tx.execute<{ id: string }>(
                sql`select coalesce(max(id), 0)::text as id from outbox.cache_invalidations`,
              )
            )[0]!.id,
          );
        const holder = randomBytes(16).toString('base64url');
        const expires = new Date(Date.now() + 60_000);

        // One unit: the quantity moved, availability did not; the product's answers stay cached.
        let since = await lastId();
        await reserveStock(tx, holder, [{ variantId, quantity: 1 }], expires);
        expect(await evictedSince(since)).not.toContainEqual(product);

        // Every unit: sold out.
        since = await lastId();
        await reserveStock(tx, holder, [{ variantId, quantity: row!.free }], expires);
        expect(await evictedSince(since)).toContainEqual(product);

        // Back for sale.
        since = await lastId();
        await releaseHold(tx, holder);
        expect(await evictedSince(since)).toContainEqual(product);
        throw new Rollback('checked');
      })
      .catch((error: unknown) => {
        if (error instanceof Rollback) return error.message;
        throw error;
      });
    expect(checked).toBe('checked');
  });

  it('a stock import (the seed of this run’s database) records that every answer showing a variant is stale', async () => {
    const rows = await database.db.execute<{ tags: string[] }>(
      sql`select tags from outbox.cache_invalidations where reason = 'stock import'`,
    );
    expect(rows.map((row) => row.tags)).toEqual([['stock']]);
  });
});
