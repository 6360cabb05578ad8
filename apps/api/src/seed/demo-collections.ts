import type { CollectionImport, CollectionProductImport, ImageArt, ImageImport } from './demo-types.js';
import type { ProductFacts } from './demo-products.js';
import type { Random } from './prng.js';
import { COLORS, PRODUCT_TYPES, VENDORS } from './demo-vocabulary.js';
import { createHandleRegistry, paragraphsToHtml } from './demo-text.js';

interface CollectionSpec {
  title: string;
  blurb: string;
  members(products: ProductFacts[], random: Random): ProductFacts[];
  /** Ordered by the rule itself (newest, best-selling) rather than merchandised by hand. */
  ordered?: boolean;
}

export interface GeneratedCollections {
  collections: CollectionImport[];
  collectionProducts: CollectionProductImport[];
  images: ImageImport[];
}

const MAX_MEMBERS = 800;
const DAY = 86_400_000;
const SHAPES: ImageArt['shape'][] = ['circle', 'square', 'triangle', 'stripes'];

const where = (test: (p: ProductFacts) => boolean) => (products: ProductFacts[]) => products.filter(test);
const tagged = (tag: string) => where((p) => p.tags.includes(tag));
const inColor = (...names: string[]) => where((p) => p.colors.some((c) => names.includes(c)));
const topBy = (count: number, key: (p: ProductFacts) => number) => (products: ProductFacts[]) =>
  products
    .slice()
    .sort((a, b) => key(b) - key(a) || a.id - b.id)
    .slice(0, count);

function themeSpecs(): CollectionSpec[] {
  return [
    { title: 'Sale', blurb: 'Markdowns across the shop, while stock lasts.', members: where((p) => p.discount > 0) },
    { title: 'Clearance', blurb: 'Last chance: 40% off and more.', members: where((p) => p.discount >= 0.4) },
    {
      title: 'New Arrivals',
      blurb: 'The latest additions, newest first.',
      members: topBy(250, (p) => p.createdAt),
      ordered: true,
    },
    {
      title: 'Best Sellers',
      blurb: 'What our customers buy most.',
      members: topBy(200, (p) => p.unitsSold),
      ordered: true,
    },
    {
      title: 'Gifts under $50',
      blurb: 'Easy gifts that still feel special.',
      members: where((p) => p.priceMin < 5000),
    },
    {
      title: 'Gifts under $25',
      blurb: 'Stocking fillers and small thank-yous.',
      members: where((p) => p.priceMin < 2500),
    },
    { title: 'Footwear', blurb: 'Sneakers, boots and sandals.', members: where((p) => p.department === 'Footwear') },
    {
      title: 'Apparel',
      blurb: 'Tees, hoodies, jackets and everything between.',
      members: where((p) => p.department === 'Apparel'),
    },
    {
      title: 'Accessories',
      blurb: 'Backpacks, caps, sunglasses, watches and more.',
      members: where((p) => p.department === 'Accessories'),
    },
    { title: 'Waterproof', blurb: 'Gear that shrugs off rain.', members: tagged('waterproof') },
    { title: 'Organic', blurb: 'Made with certified organic cotton.', members: tagged('organic') },
    { title: 'Recycled Materials', blurb: 'Made from recycled fibres and rubber.', members: tagged('recycled') },
    { title: 'Running', blurb: 'Light, breathable kit for the daily miles.', members: tagged('running') },
    { title: 'Insulated', blurb: 'Warmth for the coldest days.', members: tagged('insulated') },
    { title: 'Summer Essentials', blurb: 'Light layers for long days.', members: tagged('summer') },
    { title: 'Winter Layers', blurb: 'Knits and outerwear for cold weather.', members: tagged('winter') },
    { title: 'Outdoor', blurb: 'Built for trails, campsites and bad weather.', members: tagged('outdoor') },
    { title: 'Travel Gear', blurb: 'Packs and layers that travel well.', members: tagged('travel') },
    { title: 'Everyday Basics', blurb: 'The pieces you reach for every day.', members: tagged('everyday') },
    { title: 'Premium', blurb: 'Our finest materials and makers.', members: tagged('premium') },
    { title: 'Vegan', blurb: 'No animal materials, start to finish.', members: tagged('vegan') },
    { title: 'Limited Edition', blurb: 'Small runs that will not come back.', members: tagged('limited-edition') },
    { title: 'Made in USA', blurb: 'Cut, sewn and assembled in the United States.', members: tagged('made-in-usa') },
    {
      title: 'Staff Picks',
      blurb: 'Chosen by the people who pack your orders.',
      members: (products, random) => random.sample(products, 48),
    },
    { title: 'Black Essentials', blurb: 'Everything in black.', members: inColor('Black') },
    { title: 'All White', blurb: 'Crisp white, head to toe.', members: inColor('White') },
    { title: 'Earth Tones', blurb: 'Olive, brown and beige.', members: inColor('Olive', 'Brown', 'Beige') },
    {
      title: 'Bright Colors',
      blurb: 'Red, yellow and pink to lift a grey day.',
      members: inColor('Red', 'Yellow', 'Pink'),
    },
  ];
}

function allSpecs(random: Random): CollectionSpec[] {
  const byType = PRODUCT_TYPES.map((type): CollectionSpec => ({
    title: type.name,
    blurb: `Every style of ${type.name.toLowerCase()} we carry.`,
    members: where((p) => p.type.name === type.name),
  }));
  const byVendor = random.sample(VENDORS, 5).map((vendor): CollectionSpec => ({
    title: vendor,
    blurb: `The ${vendor} range, in one place.`,
    members: where((p) => p.vendor === vendor),
  }));
  return [...byType, ...themeSpecs(), ...byVendor];
}

/**
 * Fifty collections: one per product type (which between them hold every product), themes,
 * colours and a few vendors. Members are merchandised: best sellers lead, loosely shuffled.
 */
export function buildCollections(
  random: Random,
  products: ProductFacts[],
  baseDate: number,
  firstImageId: number,
): GeneratedCollections {
  const handleFor = createHandleRegistry();
  const result: GeneratedCollections = { collections: [], collectionProducts: [], images: [] };
  for (const [index, spec] of allSpecs(random).entries()) {
    const id = index + 1;
    const isTypeCollection = index < PRODUCT_TYPES.length;
    let members = spec.members(products, random);
    if (!spec.ordered) {
      const score = new Map(members.map((p) => [p.id, p.unitsSold * (0.5 + random.next())]));
      members = members.slice().sort((a, b) => score.get(b.id)! - score.get(a.id)! || a.id - b.id);
    }
    // Type collections are never cut, so every product stays in at least one collection.
    if (!isTypeCollection) members = members.slice(0, MAX_MEMBERS);
    members.forEach((p, position) =>
      result.collectionProducts.push({ collectionId: id, productId: p.id, position: position + 1 }),
    );

    const imageId = firstImageId + index;
    const color = random.pick(COLORS);
    result.images.push({
      id: imageId,
      productId: null,
      position: 0,
      altText: `${spec.title} collection`,
      width: 1600,
      height: 900,
      art: { background: color.backdrop, foreground: color.hex, label: spec.title, shape: random.pick(SHAPES) },
    });
    const paragraphs = [spec.blurb, `${members.length} products, hand-picked by the Northwind Supply team.`];
    result.collections.push({
      id,
      handle: handleFor(spec.title),
      title: spec.title,
      description: paragraphs.join(' '),
      descriptionHtml: paragraphsToHtml(paragraphs),
      imageId,
      seoTitle: random.chance(0.5) ? `${spec.title} | Northwind Supply` : null,
      seoDescription: random.chance(0.5) ? spec.blurb : null,
      updatedAt: new Date(baseDate - random.int(0, 30) * DAY),
    });
  }
  return result;
}
