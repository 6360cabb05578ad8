import type {
  ImageArt,
  ImageImport,
  OptionDefinition,
  OptionValue,
  ProductImport,
  VariantImport,
} from './demo-types.js';
import type { Random } from './prng.js';
import {
  ADJECTIVES,
  COLORS,
  MODEL_NAMES,
  PRODUCT_TYPES,
  SIZE_VALUES,
  TAGS,
  type ColorSpec,
  type Department,
  type ProductTypeSpec,
} from './demo-vocabulary.js';
import { formatCents, initials, listWords, paragraphsToHtml } from './demo-text.js';

/** What the collection and stock generators need to know about a product. */
export interface ProductFacts {
  id: number;
  type: ProductTypeSpec;
  department: Department;
  vendor: string;
  tags: string[];
  colors: string[];
  /** Lowest variant price, in cents. */
  priceMin: number;
  /** Fraction off when on sale, otherwise 0. */
  discount: number;
  createdAt: number;
  unitsSold: number;
}

export interface GeneratedProduct {
  product: ProductImport;
  images: ImageImport[];
  variants: VariantImport[];
  facts: ProductFacts;
}

export interface ProductContext {
  random: Random;
  /** Fixed "today" of the demo shop, so dates never depend on the clock. */
  baseDate: number;
  vendorsByType: Map<string, string[]>;
  handleFor(title: string): string;
  nextImageId(): number;
  nextVariantId(): number;
}

const DAY = 86_400_000;
const MAX_VARIANTS = 24;
const VIEWS = ['front view', 'back view', 'side view', 'detail'];
const SHAPES: ImageArt['shape'][] = ['circle', 'square', 'triangle', 'stripes'];
// Tags that only make sense for some types are added by `typeTags`, never at random.
const RANDOM_TAGS = TAGS.filter((tag) => !['waterproof', 'insulated', 'running', 'organic', 'recycled'].includes(tag));

/** Draws a count in [min, max] that favours the low end, so most products stay small. */
function lowBiased(random: Random, [min, max]: [number, number]): number {
  return min + Math.floor(random.next() ** 1.7 * (max - min + 1));
}

function pickSizes(random: Random, type: ProductTypeSpec): string[] {
  if (type.sizes === 'none') return [];
  const all = SIZE_VALUES[type.sizes];
  if (type.sizes === 'fit') return random.chance(0.5) ? all : ['One Size'];
  const start = type.sizes === 'shoe' ? random.int(0, 2) : random.int(0, 1);
  const end = type.sizes === 'shoe' ? random.int(5, 7) : random.int(3, 5);
  return all.slice(start, end + 1);
}

function buildTitle(random: Random, type: ProductTypeSpec): string {
  const noun = random.pick(type.nouns);
  const material = random.pick(type.materials);
  const roll = random.next();
  if (roll < 0.5) return `${random.pick(MODEL_NAMES)} ${material} ${noun}`;
  if (roll < 0.85) return `${random.pick(ADJECTIVES)} ${material} ${noun}`;
  if (roll < 0.93) return `${random.pick(MODEL_NAMES)} ${noun}`;
  return `${material} ${noun}`;
}

function typeTags(random: Random, type: ProductTypeSpec, title: string): string[] {
  const tags: string[] = [];
  if (/organic/i.test(title)) tags.push('organic');
  if (/recycled/i.test(title)) tags.push('recycled');
  if (/running/i.test(title) || (type.name === 'Sneakers' && random.chance(0.15))) tags.push('running');
  if (['Boots', 'Jackets', 'Backpacks', 'Watches'].includes(type.name) && random.chance(0.5)) tags.push('waterproof');
  if (['Jackets', 'Boots', 'Beanies'].includes(type.name) && random.chance(0.35)) tags.push('insulated');
  return tags;
}

function priceCents(random: Random, [min, max]: [number, number]): number {
  return random.int(min, max) * 100 + random.pick([0, 0, 0, -5, -50, -1]);
}

function sizeUpcharge(scale: ProductTypeSpec['sizes'], size: string | undefined): number {
  if (scale === 'apparel') return size === 'XL' ? 500 : size === 'XXL' ? 800 : 0;
  if (scale === 'shoe') return size === '45' ? 1000 : 0;
  return 0;
}

export function buildProduct(ctx: ProductContext, id: number): GeneratedProduct {
  const { random } = ctx;
  const type = random.weighted(PRODUCT_TYPES, (spec) => spec.weight);
  const vendor = random.pick(ctx.vendorsByType.get(type.name)!);
  const title = buildTitle(random, type);

  // A few colour-only accessories have no options at all: Shopify's single "Default Title" variant.
  const singleVariant = type.sizes === 'none' && random.chance(0.15);
  const sizes = singleVariant ? [] : pickSizes(random, type);
  const colorCount = Math.min(lowBiased(random, type.colors), Math.floor(MAX_VARIANTS / Math.max(1, sizes.length)));
  const colors: ColorSpec[] = random.sample(COLORS, singleVariant ? 1 : colorCount);

  const ageMs = random.int(0, 730 * 86_400) * 1000;
  const createdAt = ctx.baseDate - ageMs;
  const updatedAt = createdAt + random.int(0, Math.min(ageMs, 60 * DAY) / 1000) * 1000;
  // Sales grow with time on the shelf and are heavily skewed: a few hits, a long tail.
  const unitsSold = Math.floor(5000 * random.next() ** 4 * Math.min(1, ageMs / (120 * DAY)));
  const discount = random.chance(0.2) ? random.pick([0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5]) : 0;

  const tags = [
    ...(discount > 0 ? ['sale'] : []),
    ...(ageMs < 45 * DAY ? ['new'] : []),
    ...(unitsSold >= 3500 ? ['bestseller'] : []),
    ...typeTags(random, type, title),
    colors[0]!.name.toLowerCase(),
  ];
  const tagTarget = random.int(3, 6);
  for (const tag of random.shuffle(RANDOM_TAGS)) {
    if (tags.length >= tagTarget) break;
    if (!tags.includes(tag)) tags.push(tag);
  }
  tags.splice(6);

  const vendorMark = initials(vendor);
  const images = colors.length > 0 ? buildImages(ctx, id, title, type, colors, vendorMark, singleVariant) : [];
  const imageByColor = new Map<string, number>();
  for (const [index, color] of colors.slice(0, images.length).entries())
    imageByColor.set(color.name, images[index]!.id);

  const options: OptionDefinition[] = singleVariant
    ? [{ name: 'Title', values: ['Default Title'] }]
    : [
        ...(sizes.length > 0 ? [{ name: 'Size', values: sizes }] : []),
        { name: 'Color', values: colors.map((c) => c.name) },
      ];

  const base = priceCents(random, type.price);
  const upcharge = random.chance(0.2);
  const variants: VariantImport[] = [];
  const skuPrefix = `${type.code}-${String(id).padStart(5, '0')}`;
  for (const size of sizes.length > 0 ? sizes : [undefined]) {
    for (const color of singleVariant ? [undefined] : colors) {
      const selected: OptionValue[] = singleVariant
        ? [{ name: 'Title', value: 'Default Title' }]
        : [...(size ? [{ name: 'Size', value: size }] : []), { name: 'Color', value: color!.name }];
      const price = base + (upcharge ? sizeUpcharge(type.sizes, size) : 0);
      variants.push({
        id: ctx.nextVariantId(),
        productId: id,
        position: variants.length + 1,
        title: singleVariant ? 'Default Title' : size ? `${size} / ${color!.name}` : color!.name,
        sku: `${skuPrefix}${size ? `-${size.replace(/\W/g, '')}` : ''}${color ? `-${color.code}` : ''}`,
        price: formatCents(price),
        compareAtPrice: discount > 0 ? formatCents(Math.ceil(price / (1 - discount) / 100) * 100) : null,
        options: selected,
        imageId: (color && imageByColor.get(color.name)) ?? (singleVariant ? (images[0]?.id ?? null) : null),
        available: false, // set from stock once it is generated
      });
    }
  }

  const colorNames = colors.map((c) => c.name);
  const paragraphs = [
    `${title} by ${vendor.replace(/\.$/, '')}. ${type.feature}`,
    `${random.pick(STORY)} Available in ${listWords(colorNames)}.`,
    type.department === 'Apparel' ? 'Machine wash cold and hang dry.' : 'Wipe clean with a damp cloth.',
  ];
  const description = paragraphs.join(' ');
  return {
    product: {
      id,
      handle: ctx.handleFor(title),
      title,
      description,
      descriptionHtml: paragraphsToHtml(paragraphs),
      vendor,
      productType: type.name,
      tags,
      options,
      seoTitle: random.chance(0.6) ? `${title} | ${vendor}` : null,
      seoDescription: random.chance(0.5) ? description.slice(0, 155) : null,
      unitsSold,
      createdAt: new Date(createdAt),
      updatedAt: new Date(updatedAt),
    },
    images,
    variants,
    facts: {
      id,
      type,
      department: type.department,
      vendor,
      tags,
      colors: colorNames,
      priceMin: base,
      discount,
      createdAt,
      unitsSold,
    },
  };
}

const STORY = [
  'Designed in small batches and tested on long days out.',
  'A staple our customers come back to season after season.',
  'Made to be worn hard and look better with age.',
  'Built around feedback from our retail store team.',
  'An update of a shop favourite, with cleaner lines and better materials.',
];

function buildImages(
  ctx: ProductContext,
  productId: number,
  title: string,
  type: ProductTypeSpec,
  colors: ColorSpec[],
  vendorMark: string,
  singleVariant: boolean,
): ImageImport[] {
  const count = Math.min(4, Math.max(1, colors.length + ctx.random.int(0, 2)));
  const [width, height] = type.square ? [1200, 1200] : [1200, 1500];
  const images: ImageImport[] = [];
  for (let position = 0; position < count; position += 1) {
    // One front view per colour first (variants point at those), then extra angles of the first colour.
    const perColor = position < colors.length;
    const color = perColor ? colors[position]! : colors[0]!;
    const view = perColor ? VIEWS[0]! : VIEWS[1 + ((position - colors.length) % 3)]!;
    const shapeIndex = (SHAPES.indexOf(type.shape) + (perColor ? 0 : position)) % SHAPES.length;
    images.push({
      id: ctx.nextImageId(),
      productId,
      position: position + 1,
      altText: singleVariant ? `${title}, ${view}` : `${title} in ${color.name}, ${view}`,
      width,
      height,
      art: {
        background: color.backdrop,
        foreground: color.hex,
        label: perColor ? type.name : vendorMark,
        shape: SHAPES[shapeIndex]!,
      },
    });
  }
  return images;
}
