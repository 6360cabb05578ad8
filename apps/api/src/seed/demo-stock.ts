import type { ItemImport, LevelImport, StockImport, VariantImport } from './demo-types.js';
import type { Random } from './prng.js';
import { LOCATIONS } from './demo-vocabulary.js';

/**
 * Stock for every variant at both locations, with the cases a storefront must handle:
 * whole products sold out, single variants sold out, a few nearly gone, and untracked items
 * (always purchasable, no quantity). Marks each variant's `available` copy to match.
 */
export function buildStock(random: Random, variants: VariantImport[]): StockImport {
  const items: ItemImport[] = [];
  const levels: LevelImport[] = [];
  const [main, store] = LOCATIONS.map((location) => location.id) as [number, number];
  let productId = -1;
  let productSoldOut = false;
  for (const variant of variants) {
    if (variant.productId !== productId) {
      productId = variant.productId;
      productSoldOut = random.chance(0.025);
    }
    const tracked = productSoldOut || !random.chance(0.02);
    let [atMain, atStore] = [0, 0];
    if (!tracked || productSoldOut || random.chance(0.065)) {
      // Untracked items keep zero levels: they sell regardless.
    } else if (random.chance(0.05)) {
      atMain = random.int(1, 3);
    } else {
      atMain = random.chance(0.9) ? random.int(4, 150) : 0;
      atStore = random.chance(0.6) ? random.int(1, 25) : 0;
      if (atMain + atStore === 0) atStore = random.int(1, 5);
    }
    items.push({ variantId: variant.id, productId, tracked });
    levels.push({ variantId: variant.id, locationId: main, onHand: atMain });
    levels.push({ variantId: variant.id, locationId: store, onHand: atStore });
    variant.available = !tracked || atMain + atStore > 0;
  }
  return { locations: LOCATIONS.map((location) => ({ ...location })), items, levels };
}
