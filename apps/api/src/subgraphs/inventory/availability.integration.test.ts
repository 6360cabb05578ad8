import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { inject } from 'vitest';
import { afterAll, describe, expect, it } from 'vitest';
import { connectDatabase } from '../../platform/db/client.js';
import { migrateDatabase } from '../../platform/db/migrate.js';
import { seedDemoCatalog } from '../../seed/seed.js';
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

  // On a database of its own: every other test file sells and re-stocks the shared one while this
  // runs, and no worker syncs the copy in tests, so only a fresh seed shows what the seed wrote.
  it('matches inventory for every variant after the seed', async () => {
    const admin = postgres(inject('databaseUrl'), { max: 1, onnotice: () => {} });
    const name = `seed_check_${Date.now()}_${process.pid}`;
    await admin.unsafe(`create database "${name}"`);
    const url = new URL(inject('databaseUrl'));
    url.pathname = `/${name}`;
    const fresh = connectDatabase(url.toString(), { max: 2 });
    try {
      await migrateDatabase(fresh.db);
      const seeded = await seedDemoCatalog(fresh.db, { products: 300 });
      const rows = await listVariantAvailability(fresh.db);
      const copy = await fresh.db.execute<{ id: string; available: boolean }>(
        sql`SELECT id, available FROM catalog.variants`,
      );
      expect(copy).toHaveLength(seeded.variants);
      expect(rows).toHaveLength(seeded.variants);
      // The demo stock has sold-out variants, so a copy of all-true (or all-false) fails this.
      expect(new Set(rows.map((row) => row.available))).toEqual(new Set([true, false]));
      const inventory = new Map(rows.map((row) => [row.variantId, row.available]));
      expect(copy.filter((row) => inventory.get(Number(row.id)) !== row.available)).toEqual([]);
    } finally {
      await fresh.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    }
  }, 60_000);
});
