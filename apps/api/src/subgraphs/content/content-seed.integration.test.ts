import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { graphql, useTestStack } from '../../test/stack.js';
import { seedContentDemo } from './index.js';
import { pages } from './tables.js';

// The demo content of a fresh `npm start`, on the run's seeded demo catalog: a published home
// page whose blocks resolve to real catalog objects, two landing pages and both menus.
const api = useTestStack();

const QUERY = `query($handle: String!) { page(handle: $handle) { handle status blocks {
  __typename
  ... on HeroBlock { heading ctaUrl image { url(transform: { maxWidth: 1200 }) } }
  ... on ProductGridBlock { products { id title } }
  ... on CollectionBlock { collection { id title } }
  ... on BannerBlock { text url }
} } }`;

describe('demo content', () => {
  it('seeds published pages built from real catalog ids and both menus, once', async () => {
    const db = api.stack.database.db;
    await seedContentDemo(db, { intoEmptyOnly: false });
    expect(await seedContentDemo(db, { intoEmptyOnly: false })).toEqual({ pages: 0, menus: 0 });

    const home = await graphql<{ page: { status: string; blocks: Array<Record<string, unknown>> } }>(
      api.gateway,
      QUERY,
      {
        handle: 'home',
      },
    );
    expect(home.errors).toBeUndefined();
    expect(home.data!.page.status).toBe('PUBLISHED');
    const types = home.data!.page.blocks.map((block) => block.__typename);
    expect(types).toEqual(['BannerBlock', 'HeroBlock', 'CollectionBlock', 'ProductGridBlock']);
    const hero = home.data!.page.blocks[1] as { image: { url: string } | null };
    expect(hero.image?.url).toMatch(/\/images\/\d+\.\w+\?/);
    const grid = home.data!.page.blocks[3] as { products: Array<{ title: string }> };
    expect(grid.products).toHaveLength(4);
    expect(grid.products.every((product) => product.title.length > 0)).toBe(true);
    expect((home.data!.page.blocks[2] as { collection: { title: string } | null }).collection?.title).toBeTruthy();

    for (const handle of ['winter-sale', 'new-season']) {
      const page = await graphql<{ page: { status: string } | null }>(api.gateway, QUERY, { handle });
      expect(page.data!.page?.status).toBe('PUBLISHED');
    }
    const menus = await graphql<{ main: { items: Array<{ url: string }> }; footer: { items: unknown[] } }>(
      api.gateway,
      `
        {
          main: menu(handle: "main") {
            items {
              title
              url
              items {
                title
                url
              }
            }
          }
          footer: menu(handle: "footer") {
            items {
              title
              url
            }
          }
        }
      `,
    );
    expect(menus.errors).toBeUndefined();
    expect(menus.data!.main.items.map((item) => item.url)).toContain('/pages/winter-sale');
    expect(menus.data!.footer.items.length).toBeGreaterThan(0);

    // At start-up the seed goes only into a shop without content: a demo page deleted since stays deleted.
    await db.delete(pages).where(eq(pages.handle, 'new-season'));
    expect(await seedContentDemo(db)).toEqual({ pages: 0, menus: 0 });
    expect((await graphql<{ page: unknown }>(api.gateway, QUERY, { handle: 'new-season' })).data!.page).toBeNull();
  });
});
