import { sql, type SQL } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { graphql, useTestStack } from '../../test/stack.js';

// Stock as shoppers see it through the gateway, checked against inventory's own tables: a
// variant can be bought when it is untracked, or when on hand minus reserved, summed over
// every location, is above zero; a product when any of its variants can.

interface VariantStock {
  id: string;
  availableForSale: boolean;
  quantityAvailable: number | null;
}
interface ProductStock {
  id: string;
  availableForSale: boolean;
  variants: { nodes: VariantStock[] };
}
interface StockRow extends Record<string, unknown> {
  productId: number;
  variantId: number;
  tracked: boolean;
  free: number;
}

const api = useTestStack();

const gid = (type: string, id: number) => `gid://shop/${type}/${id}`;

async function select<T extends Record<string, unknown>>(query: SQL): Promise<T[]> {
  return [...(await api.stack.database.db.execute<T>(query))] as T[];
}

/** Stock of every variant of the given products, from the inventory tables. */
function stockOf(productIds: number[]): Promise<StockRow[]> {
  return select<StockRow>(sql`
    select i.product_id::int as "productId", i.variant_id::int as "variantId", i.tracked,
           coalesce(sum(l.on_hand - l.reserved), 0)::int as free
    from inventory.items i left join inventory.levels l on l.variant_id = i.variant_id
    where i.product_id = any(${`{${productIds.join(',')}}`}::bigint[])
    group by i.variant_id`);
}

async function fetchProducts(productIds: number[]): Promise<ProductStock[]> {
  const response = await graphql<{ nodes: Array<ProductStock | null> }>(
    api.gateway,
    `
      query ($ids: [ID!]!) {
        nodes(ids: $ids) {
          ... on Product {
            id
            availableForSale
            variants(first: 250) {
              nodes {
                id
                availableForSale
                quantityAvailable
              }
            }
          }
        }
      }
    `,
    { ids: productIds.map((id) => gid('Product', id)) },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.nodes.map((node) => node!);
}

function expectedStock(productIds: number[], rows: StockRow[]) {
  return productIds.map((productId) => {
    const variants = rows.filter((row) => row.productId === productId).sort((a, b) => a.variantId - b.variantId);
    const nodes = variants.map((row) => ({
      id: gid('ProductVariant', row.variantId),
      availableForSale: !row.tracked || row.free > 0,
      quantityAvailable: row.tracked ? row.free : null,
    }));
    return {
      id: gid('Product', productId),
      availableForSale: nodes.some((node) => node.availableForSale),
      variants: nodes,
    };
  });
}

const byVariantId = (products: ProductStock[]) =>
  products.map((product) => ({
    ...product,
    variants: [...product.variants.nodes].sort((a, b) => Number(a.id.split('/').pop()) - Number(b.id.split('/').pop())),
  }));

describe('stock through the gateway', () => {
  it('matches the inventory tables for sold-out, untracked, partly and fully stocked products', async () => {
    const pick = async (condition: SQL, limit: number) =>
      (
        await select<{ id: number }>(sql`
      select p.id::int from catalog.products p where ${condition} order by p.id limit ${limit}`)
      ).map((row) => row.id);
    const free = sql`(select coalesce(sum(l.on_hand - l.reserved), 0) from inventory.levels l where l.variant_id = i.variant_id)`;
    const soldOut = await pick(
      sql`not exists (select 1 from inventory.items i where i.product_id = p.id and (not i.tracked or ${free} > 0))`,
      5,
    );
    const untracked = await pick(
      sql`exists (select 1 from inventory.items i where i.product_id = p.id and not i.tracked)`,
      5,
    );
    const partly = await pick(
      sql`
      exists (select 1 from inventory.items i where i.product_id = p.id and i.tracked and ${free} = 0)
      and exists (select 1 from inventory.items i where i.product_id = p.id and i.tracked and ${free} > 0)`,
      5,
    );
    const spread = await pick(sql`p.id % 97 = 0`, 30);
    expect([soldOut.length, untracked.length, partly.length]).toEqual([5, 5, 5]);

    const ids = [...new Set([...soldOut, ...untracked, ...partly, ...spread])];
    const actual = byVariantId(await fetchProducts(ids));
    expect(actual).toEqual(expectedStock(ids, await stockOf(ids)));
    expect(
      actual
        .filter((product) => soldOut.includes(Number(product.id.split('/').pop())))
        .map((product) => product.availableForSale),
    ).toEqual([false, false, false, false, false]);
    const untrackedVariants = actual
      .flatMap((product) => product.variants)
      .filter((variant) => variant.quantityAvailable == null);
    expect(untrackedVariants.length).toBeGreaterThan(0);
    expect(untrackedVariants.every((variant) => variant.availableForSale)).toBe(true);
  });

  it('subtracts reserved units, so a fully reserved variant cannot be bought', async () => {
    // A stocked variant at both locations, whose product stays purchasable through another
    // variant: other test files count available products on this database at the same time.
    const [target] = await select<{ variantId: number; productId: number }>(sql`
      select i.variant_id::int as "variantId", i.product_id::int as "productId" from inventory.items i
      where i.tracked
        and (select count(*) from inventory.levels l where l.variant_id = i.variant_id and l.on_hand >= 3 and l.reserved = 0) = 2
        and exists (select 1 from inventory.items o where o.product_id = i.product_id and o.variant_id <> i.variant_id and not o.tracked)
      order by i.variant_id desc limit 1`);
    const { variantId, productId } = target!;
    const levels = await select<{ locationId: number; onHand: number; reserved: number }>(sql`
      select location_id as "locationId", on_hand as "onHand", reserved from inventory.levels where variant_id = ${variantId} order by location_id`);
    const onHand = levels.reduce((sum, level) => sum + level.onHand, 0);
    const variantQuery = `query($id: ID!) { node(id: $id) { ... on ProductVariant { availableForSale quantityAvailable product { availableForSale } } } }`;
    const read = async () =>
      (
        await graphql<{
          node: { availableForSale: boolean; quantityAvailable: number; product: { availableForSale: boolean } };
        }>(api.gateway, variantQuery, { id: gid('ProductVariant', variantId) })
      ).data!.node;

    try {
      expect(await read()).toEqual({
        availableForSale: true,
        quantityAvailable: onHand,
        product: { availableForSale: true },
      });
      await api.stack.database.db.execute(
        sql`update inventory.levels set reserved = 2 where variant_id = ${variantId} and location_id = ${levels[0]!.locationId}`,
      );
      expect(await read()).toEqual({
        availableForSale: true,
        quantityAvailable: onHand - 2,
        product: { availableForSale: true },
      });
      await api.stack.database.db.execute(
        sql`update inventory.levels set reserved = on_hand where variant_id = ${variantId}`,
      );
      expect(await read()).toEqual({
        availableForSale: false,
        quantityAvailable: 0,
        product: { availableForSale: true },
      });
    } finally {
      for (const level of levels) {
        await api.stack.database.db.execute(sql`
          update inventory.levels set reserved = ${level.reserved} where variant_id = ${variantId} and location_id = ${level.locationId}`);
      }
    }
    expect(byVariantId(await fetchProducts([productId]))).toEqual(
      expectedStock([productId], await stockOf([productId])),
    );
  });
});
