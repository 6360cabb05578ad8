import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { connectDatabase } from '../../platform/db/client.js';
import type { TaskContext } from '../../worker/task-context.js';
import { inventoryTasks, reserveStock } from './index.js';

// Inventory's job handlers on the run's database, in a transaction that is rolled back: other
// test files read the seeded stock and the catalog's copy of availability at the same time.
const database = connectDatabase(inject('databaseUrl'), { max: 2 });
afterAll(() => database.close());

class Rollback extends Error {}
const context = (db: unknown, now = new Date()) =>
  ({ db, now: () => now, log: { info() {}, warn() {}, error() {} } }) as unknown as TaskContext;

describe('inventory jobs', () => {
  it('sync-availability marks a variant sold out in the catalog once checkouts hold its last units, and the sweep brings it back', async () => {
    const checked = await database.db
      .transaction(async (tx) => {
        const [row] = await tx.execute<{ variantId: string; free: number }>(sql`
          select v.id as "variantId", (select sum(l.on_hand - l.reserved)::int from inventory.levels l where l.variant_id = v.id) as free
            from catalog.variants v join inventory.items i on i.variant_id = v.id
           where v.available and i.tracked and i.max_per_order is null
           order by v.id limit 1`);
        const variantId = Number(row!.variantId);
        const availableInCatalog = async () =>
          (
            await tx.execute<{ available: boolean }>(
              sql`select available from catalog.variants where id = ${variantId}`,
            )
          )[0]!.available;

        const holder = randomBytes(16).toString('base64url');
        const past = new Date(Date.now() - 1000);
        expect(await reserveStock(tx, holder, [{ variantId, quantity: row!.free }], past)).toEqual({ ok: true });
        await inventoryTasks['inventory.sync-availability']({ variantIds: [variantId] }, context(tx));
        expect(await availableInCatalog()).toBe(false);

        await inventoryTasks['inventory.expire-reservations']({}, context(tx));
        await inventoryTasks['inventory.sync-availability']({ variantIds: [variantId] }, context(tx));
        expect(await availableInCatalog()).toBe(true);
        throw new Rollback('checked');
      })
      .catch((error: unknown) => {
        if (error instanceof Rollback) return error.message;
        throw error;
      });
    expect(checked).toBe('checked');
  });
});
