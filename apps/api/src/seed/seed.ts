import { sql } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import { applyVariantAvailability, importCatalog } from '../subgraphs/catalog/index.js';
import { importStock, listVariantAvailability } from '../subgraphs/inventory/index.js';
import { generateDemoCatalog } from './demo-catalog.js';

export interface SeedResult {
  seeded: boolean;
  products: number;
  variants: number;
  ms: number;
}

// Any constant works; it only has to be the same in every process that may seed at start-up.
const SEED_LOCK = 7_210_001;

/**
 * Loads the demo catalog and its stock into an empty database, all or nothing. A database
 * that already has products is left alone, so this is safe to call on every start; the
 * advisory lock makes concurrent starts (one process per subgraph) seed only once.
 */
export async function seedDemoCatalog(db: Db, options: { products?: number } = {}): Promise<SeedResult> {
  const started = performance.now();
  const result = await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${SEED_LOCK})`);
    const existing = await tx.execute<{ seeded: boolean }>(
      sql`SELECT exists(SELECT 1 FROM catalog.products) AS seeded`,
    );
    if (existing[0]?.seeded)
      return { seeded: false, products: 0, variants: 0, ms: Math.round(performance.now() - started) };

    const { catalog, stock } = generateDemoCatalog({ products: options.products });
    await importCatalog(tx, catalog);
    await importStock(tx, stock);
    // The catalog's availability copy comes from inventory's rule, the path stock changes take.
    await applyVariantAvailability(tx, await listVariantAvailability(tx));
    // Planner statistics now, not whenever autovacuum gets round to it (never, where it is off):
    // without them every stock lookup scans all levels.
    await tx.execute(sql`ANALYZE`);
    return {
      seeded: true,
      products: catalog.products.length,
      variants: catalog.variants.length,
      ms: Math.round(performance.now() - started),
    };
  });
  if (!result.seeded) return result;
  // VACUUM cannot run in the seed's transaction, so it follows the commit. The seed rewrote every
  // product once (derived prices, availability), and with autovacuum off nothing else would clear
  // the dead versions, merge the GIN index's pending list or set the visibility map: a search then
  // visits twice the heap pages and index-only scans fetch every row (ADR 0013).
  await db.execute(sql`VACUUM`);
  return { ...result, ms: Math.round(performance.now() - started) };
}
