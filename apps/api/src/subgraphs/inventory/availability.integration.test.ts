import { sql } from 'drizzle-orm';
import { inject } from 'vitest';
import { afterAll, describe, expect, it } from 'vitest';
import { connectDatabase } from '../../platform/db/client.js';
import { applyVariantAvailability } from '../catalog/index.js';
import { listVariantAvailability } from './index.js';

// The catalog's copy of availability (docs/adr/0002) follows stock through the domains' public
// functions. Runs in a transaction that is rolled back: other test files read the same data.
const database = connectDatabase(inject('databaseUrl'), { max: 1 });
afterAll(() => database.close());

class Rollback extends Error {}

describe('availability sync from inventory to catalog', () => {
  it('marks a product sold out when its last units go, and for sale again when they return', async () => {
    const checked = await database.db
      .transaction(async (tx) => {
        const [product] = await tx.execute<{ id: string }>(sql`
        SELECT p.id FROM catalog.products p
         WHERE p.available AND NOT EXISTS (
           SELECT 1 FROM inventory.items i WHERE i.product_id = p.id AND NOT i.tracked)
         ORDER BY p.id LIMIT 1`);
        const productId = Number(product!.id);
        const variantIds = (
          await tx.execute<{ variant_id: string }>(sql`
        SELECT variant_id FROM inventory.items WHERE product_id = ${productId}`)
        ).map((row) => Number(row.variant_id));
        const availableOf = async () =>
          (
            await tx.execute<{ available: boolean }>(sql`
        SELECT available FROM catalog.products WHERE id = ${productId}`)
          )[0]!.available;

        await tx.execute(sql`UPDATE inventory.levels SET reserved = 0, on_hand = 0 WHERE variant_id IN (
        SELECT variant_id FROM inventory.items WHERE product_id = ${productId})`);
        const soldOut = await listVariantAvailability(tx, variantIds);
        expect(soldOut.every((row) => !row.available)).toBe(true);
        expect(await applyVariantAvailability(tx, soldOut)).toEqual([productId]);
        expect(await availableOf()).toBe(false);

        await tx.execute(sql`UPDATE inventory.levels SET on_hand = 2 WHERE variant_id = ${variantIds[0]!}`);
        const restocked = await listVariantAvailability(tx, [variantIds[0]!]);
        expect(restocked).toEqual([{ variantId: variantIds[0], available: true }]);
        expect(await applyVariantAvailability(tx, restocked)).toEqual([productId]);
        expect(await availableOf()).toBe(true);
        // Nothing changed, nothing rewritten.
        expect(await applyVariantAvailability(tx, restocked)).toEqual([]);
        throw new Rollback('checked');
      })
      .catch((error: unknown) => {
        if (error instanceof Rollback) return error.message;
        throw error;
      });
    expect(checked).toBe('checked');
  });

  it('matches inventory for every variant after the seed', async () => {
    const rows = await listVariantAvailability(database.db);
    const copy = await database.db.execute<{ id: string; available: boolean }>(
      sql`SELECT id, available FROM catalog.variants`,
    );
    // Checkout tests sell and re-stock variants from the 20,000th on (checkout-test-api.ts
    // pickVariants) while this runs, with no worker to sync the copy; the seed's own state is
    // what this checks, so those are left out.
    const untouched = [...rows].sort((a, b) => a.variantId - b.variantId).slice(0, 20_000);
    const inventory = new Map(untouched.map((row) => [row.variantId, row.available]));
    // Every catalog variant has its stock item (the ledger's tests add items of their own, with
    // ids no catalog variant has, while this runs).
    const all = new Set(rows.map((row) => row.variantId));
    expect(copy.filter((row) => !all.has(Number(row.id)))).toEqual([]);
    const checked = copy.filter((row) => inventory.has(Number(row.id)));
    expect(checked.length).toBeGreaterThan(1_000);
    expect(checked.filter((row) => inventory.get(Number(row.id)) !== row.available)).toEqual([]);
  });
});
