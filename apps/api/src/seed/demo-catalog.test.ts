import { describe, expect, it } from 'vitest';
import { generateDemoCatalog } from './demo-catalog.js';
import { createRandom } from './prng.js';

const demo = generateDemoCatalog();
const { catalog, stock } = demo;
const DECIMAL = /^\d+\.\d{2}$/;

describe('createRandom', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRandom(seed).next);
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('keeps int() within bounds and sample() distinct', () => {
    const random = createRandom(1);
    const ints = Array.from({ length: 1000 }, () => random.int(3, 5));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5]));
    const sample = random.sample([1, 2, 3, 4, 5, 6], 4);
    expect(new Set(sample).size).toBe(4);
  });
});

describe('generateDemoCatalog', () => {
  it('is deterministic for a seed', () => {
    expect(JSON.stringify(generateDemoCatalog())).toBe(JSON.stringify(demo));
    const other = generateDemoCatalog({ products: 50, seed: 7 });
    expect(other.catalog.products.map((p) => p.title)).not.toEqual(catalog.products.slice(0, 50).map((p) => p.title));
  });

  it('has the promised size, with ids 1..N', () => {
    expect(catalog.products).toHaveLength(5000);
    expect(catalog.variants.length).toBeGreaterThanOrEqual(20_000);
    expect(catalog.collections).toHaveLength(50);
    for (const rows of [catalog.products, catalog.variants, catalog.images, catalog.collections]) {
      expect(rows.map((row) => row.id)).toEqual(rows.map((_, index) => index + 1));
    }
    const perProduct = new Map<number, number>();
    for (const v of catalog.variants) perProduct.set(v.productId, (perProduct.get(v.productId) ?? 0) + 1);
    expect(perProduct.size).toBe(5000);
    expect(Math.max(...perProduct.values())).toBeLessThanOrEqual(24);
  });

  it('uses unique handles and SKUs', () => {
    expect(new Set(catalog.products.map((p) => p.handle)).size).toBe(catalog.products.length);
    expect(new Set(catalog.collections.map((c) => c.handle)).size).toBe(catalog.collections.length);
    expect(new Set(catalog.variants.map((v) => v.sku)).size).toBe(catalog.variants.length);
    expect(catalog.products.every((p) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(p.handle))).toBe(true);
  });

  it('puts every product in a collection of 20 to 800 merchandised products', () => {
    const members = new Map<number, number[]>();
    for (const row of catalog.collectionProducts)
      members.set(row.collectionId, [...(members.get(row.collectionId) ?? []), row.position]);
    for (const collection of catalog.collections) {
      const positions = members.get(collection.id) ?? [];
      expect(positions.length).toBeGreaterThanOrEqual(20);
      expect(positions.length).toBeLessThanOrEqual(800);
      expect(positions).toEqual(positions.map((_, index) => index + 1));
    }
    expect(new Set(catalog.collectionProducts.map((row) => row.productId)).size).toBe(catalog.products.length);
  });

  it('writes prices as two-place decimals, compare-at above price', () => {
    const bad = catalog.variants.filter(
      (v) =>
        !DECIMAL.test(v.price) ||
        (v.compareAtPrice !== null && (!DECIMAL.test(v.compareAtPrice) || Number(v.compareAtPrice) <= Number(v.price))),
    );
    expect(bad).toEqual([]);
    expect(catalog.variants.some((v) => v.compareAtPrice !== null)).toBe(true);
    const onSale = catalog.products.filter((p) => p.tags.includes('sale')).length;
    expect(onSale / catalog.products.length).toBeGreaterThan(0.15);
    expect(onSale / catalog.products.length).toBeLessThan(0.25);
  });

  it('describes options consistently with the variants', () => {
    const byProduct = new Map<number, typeof catalog.variants>();
    for (const v of catalog.variants) byProduct.set(v.productId, [...(byProduct.get(v.productId) ?? []), v]);
    const bad = catalog.products.filter((product) => {
      const variants = byProduct.get(product.id) ?? [];
      const names = product.options.map((o) => o.name).join();
      return (
        variants.length !== product.options.reduce((n, option) => n * option.values.length, 1) ||
        variants.some(
          (v) =>
            v.title !== v.options.map((o) => o.value).join(' / ') ||
            v.options.map((o) => o.name).join() !== names ||
            v.options.some((o, i) => !product.options[i]!.values.includes(o.value)),
        )
      );
    });
    expect(bad).toEqual([]);
  });

  it('gives products 1-4 images and points variants at images of their product', () => {
    const imagesById = new Map(catalog.images.map((image) => [image.id, image]));
    const perProduct = new Map<number, number>();
    for (const image of catalog.images) {
      if (image.productId !== null) perProduct.set(image.productId, (perProduct.get(image.productId) ?? 0) + 1);
    }
    expect(Math.min(...perProduct.values())).toBeGreaterThanOrEqual(1);
    expect(Math.max(...perProduct.values())).toBeLessThanOrEqual(4);
    expect(
      catalog.variants.filter((v) => v.imageId !== null && imagesById.get(v.imageId)?.productId !== v.productId),
    ).toEqual([]);
    expect(catalog.variants.filter((v) => v.imageId !== null).length).toBeGreaterThan(catalog.variants.length * 0.9);
    expect(catalog.collections.filter((c) => imagesById.get(c.imageId!)?.productId !== null)).toEqual([]);
  });

  it('has sold-out variants and products, low stock and untracked items, matching `available`', () => {
    const onHand = new Map<number, number>();
    for (const level of stock.levels) onHand.set(level.variantId, (onHand.get(level.variantId) ?? 0) + level.onHand);
    const tracked = new Map(stock.items.map((item) => [item.variantId, item.tracked]));
    expect(catalog.variants.filter((v) => v.available !== (!tracked.get(v.id) || onHand.get(v.id)! > 0))).toEqual([]);

    const soldOut = catalog.variants.filter((v) => !v.available).length / catalog.variants.length;
    expect(soldOut).toBeGreaterThan(0.06);
    expect(soldOut).toBeLessThan(0.12);
    const productAvailable = new Map<number, boolean>();
    for (const v of catalog.variants)
      productAvailable.set(v.productId, (productAvailable.get(v.productId) ?? false) || v.available);
    expect([...productAvailable.values()].filter((a) => !a).length).toBeGreaterThan(20);
    expect([...onHand.values()].some((n) => n >= 1 && n <= 3)).toBe(true);
    expect(stock.items.filter((item) => !item.tracked).length).toBeGreaterThan(0);
    expect(stock.levels).toHaveLength(catalog.variants.length * stock.locations.length);
  });

  it('dates products within the two years before 2026-01-01', () => {
    const base = Date.UTC(2026, 0, 1);
    const created = catalog.products.map((p) => p.createdAt.getTime());
    expect(Math.max(...created)).toBeLessThanOrEqual(base);
    expect(Math.min(...created)).toBeGreaterThan(base - 731 * 86_400_000);
    expect(catalog.products.filter((p) => p.updatedAt < p.createdAt)).toEqual([]);
  });

  it('mentions the words typo search is tested with', () => {
    const titles = catalog.products.map((p) => p.title.toLowerCase());
    for (const word of ['sneakers', 'hoodie', 'backpack']) {
      expect(titles.filter((title) => title.includes(word)).length).toBeGreaterThan(100);
    }
  });
});
