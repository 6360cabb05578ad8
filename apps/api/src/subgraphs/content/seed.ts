import { toGlobalId } from '../../platform/graphql/global-id.js';
import type { Db } from '../../platform/db/client.js';
import { findDemoContentRefs } from '../catalog/index.js';
import { publishLocked } from './publishing.js';
import * as repository from './repository.js';
import type { StoredBlock, StoredMenuItem } from './tables.js';

// The demo content of a fresh `npm start`: a published home page, two landing pages and both
// menus, built from real ids of the demo catalog. Only with SEED_DEMO_CATALOG, after the catalog
// seed; pages and menus already there (by handle) are left as they are.

const paragraph = (text: string) => `<p>${text}</p>`;

function demoPages(refs: Awaited<ReturnType<typeof findDemoContentRefs>>) {
  const product = (index: number) => refs.products[index % Math.max(1, refs.products.length)];
  const productIds = (from: number, count: number) =>
    refs.products.slice(from, from + count).map((ref) => toGlobalId('Product', ref.productId));
  const collection = (index: number) => refs.collections[index % Math.max(1, refs.collections.length)];
  const hero = (heading: string, subheading: string, imageIndex: number, ctaUrl: string): StoredBlock => ({
    type: 'HeroBlock',
    data: {
      heading,
      subheading,
      imageId: product(imageIndex) ? toGlobalId('Image', product(imageIndex)!.imageId) : null,
      ctaLabel: 'Shop now',
      ctaUrl,
    },
  });
  const collectionBlock = (index: number, heading: string): StoredBlock[] =>
    collection(index)
      ? [
          {
            type: 'CollectionBlock',
            data: { heading, collectionId: toGlobalId('Collection', collection(index)!.id), limit: 8 },
          },
        ]
      : [];
  const firstCollectionUrl = collection(0) ? `/collections/${collection(0)!.handle}` : '/search';
  return [
    {
      handle: 'home',
      title: 'Home',
      blocks: [
        {
          type: 'BannerBlock',
          data: { text: 'Free shipping on orders over $50', url: '/pages/winter-sale', tone: 'SALE' },
        },
        hero('Gear for every season', 'Hand-picked products, shipped fast.', 0, firstCollectionUrl),
        ...collectionBlock(0, collection(0)?.title ?? 'Featured'),
        { type: 'ProductGridBlock', data: { heading: 'Staff picks', productIds: productIds(0, 4) } },
      ],
    },
    {
      handle: 'winter-sale',
      title: 'Winter sale',
      blocks: [
        hero('Winter sale', 'Warm up with our cold-weather favourites.', 1, '/pages/new-season'),
        {
          type: 'RichTextBlock',
          data: {
            html:
              paragraph('Our <strong>winter sale</strong> runs while stocks last.') +
              paragraph('Prices as marked; discount codes do not stack.'),
          },
        },
        { type: 'ProductGridBlock', data: { heading: 'On sale', productIds: productIds(4, 8) } },
      ],
    },
    {
      handle: 'new-season',
      title: 'New season',
      blocks: [
        hero('The new season is here', 'Fresh arrivals across the shop.', 2, firstCollectionUrl),
        ...collectionBlock(1, 'New arrivals'),
        { type: 'BannerBlock', data: { text: 'New customers: WELCOME10 takes 10% off', url: null, tone: 'INFO' } },
      ],
    },
  ].map((page) => ({
    ...page,
    blocks: page.blocks.filter(
      (block) => block.type !== 'ProductGridBlock' || (block.data.productIds as string[]).length > 0,
    ),
  }));
}

function demoMenus(refs: Awaited<ReturnType<typeof findDemoContentRefs>>): Record<string, StoredMenuItem[]> {
  const collectionLinks = refs.collections.slice(0, 5).map((collection) => ({
    title: collection.title.slice(0, 60),
    url: `/collections/${collection.handle}`,
    items: [],
  }));
  return {
    main: [
      { title: 'Shop', url: collectionLinks[0]?.url ?? '/search', items: collectionLinks },
      { title: 'Winter sale', url: '/pages/winter-sale', items: [] },
      { title: 'New season', url: '/pages/new-season', items: [] },
    ],
    footer: [
      { title: 'Search', url: '/search', items: [] },
      { title: 'Your account', url: '/account', items: [] },
      { title: 'Winter sale', url: '/pages/winter-sale', items: [] },
    ],
  };
}

/**
 * Seeds and publishes the demo pages and menus that are not there yet. By default only into a
 * shop with no content at all, so a demo page a marketer deleted does not come back at the next
 * start; `{ intoEmptyOnly: false }` fills in whatever is missing.
 */
export async function seedContentDemo(
  db: Db,
  options: { intoEmptyOnly?: boolean } = {},
): Promise<{ pages: number; menus: number }> {
  if ((options.intoEmptyOnly ?? true) && !(await repository.isContentEmpty(db))) return { pages: 0, menus: 0 };
  const refs = await findDemoContentRefs(db, 12);
  let pages = 0;
  let menus = 0;
  for (const page of demoPages(refs)) {
    const created = await db.transaction(async (tx) => {
      const row = await repository.insertPage(tx, {
        handle: page.handle,
        title: page.title,
        seo: { title: null, description: null },
        blocks: page.blocks,
        updatedByStaffId: null,
      });
      if (row) await publishLocked(tx, row, null);
      return row !== null;
    });
    if (created) pages += 1;
  }
  const existing = new Set((await repository.findMenusByHandles(db, ['main', 'footer'])).map((menu) => menu.handle));
  for (const [handle, items] of Object.entries(demoMenus(refs))) {
    if (existing.has(handle)) continue;
    await repository.upsertMenu(db, handle, items, null);
    menus += 1;
  }
  return { pages, menus };
}
