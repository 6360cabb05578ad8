// The requests each catalog scenario rotates over: many distinct ones, as a shop's traffic is, so
// neither a response cache nor PostgreSQL's buffers see one repeated query. Drawn from the
// seeded catalog with a seeded generator: the same mix on every run against the same catalog.
import { createRandom } from '../../apps/api/src/seed/prng.js';
import type { CollectionInfo, ProductInfo } from './discover.js';
import { body } from './graphql.js';
import { LISTING_QUERY, PRODUCT_QUERY, SEARCH_QUERY } from './queries.js';

/** Distinct requests per scenario (the issue's "200 distinct listings/products/searches"). */
export const MIX_SIZE = 200;

const LISTING_SORTS = ['BEST_SELLING', 'PRICE', 'TITLE', 'CREATED_AT'] as const;
/** What a shopper narrows a collection page to: nothing, in stock, a price band. */
const LISTING_FILTERS: Array<Array<Record<string, unknown>> | undefined> = [
  undefined,
  [{ available: true }],
  [{ price: { max: 60 } }],
  [{ price: { min: 60 } }],
];

export interface RequestMix {
  /** The GraphQL bodies, in the order they are sent (round-robin). */
  bodies: string[];
  /** One short description per body, for the results file. */
  labels: string[];
}

/**
 * Collections × sort keys × direction × filters, `MIX_SIZE` of them in random order; every
 * collection appears (the largest ones more often only by chance).
 */
export function listingMix(collections: CollectionInfo[], size = MIX_SIZE): RequestMix {
  const random = createRandom(12_001);
  const combos = collections.flatMap((collection) =>
    LISTING_SORTS.flatMap((sortKey) =>
      [false, true].flatMap((reverse) =>
        LISTING_FILTERS.map((filters) => ({ handle: collection.handle, sortKey, reverse, filters })),
      ),
    ),
  );
  // One of each collection first, so all of them are in the mix, then the rest at random.
  const firsts = collections.map((c) => random.pick(combos.filter((combo) => combo.handle === c.handle)));
  const rest = random.sample(
    combos.filter((combo) => !firsts.includes(combo)),
    Math.max(0, size - firsts.length),
  );
  const picked = random.shuffle([...firsts.slice(0, size), ...rest]);
  return {
    bodies: picked.map((variables) => body(LISTING_QUERY, variables)),
    labels: picked.map(
      (v) =>
        `${v.handle} ${v.sortKey}${v.reverse ? ' reverse' : ''}${v.filters ? ` ${JSON.stringify(v.filters[0])}` : ''}`,
    ),
  };
}

/** One product page per handle, in random order. */
export function productMix(handles: string[]): RequestMix {
  const picked = createRandom(12_002).shuffle(handles);
  return { bodies: picked.map((handle) => body(PRODUCT_QUERY, { handle })), labels: picked };
}

/** Drops one letter in the middle: the typo a thumb makes ("snekers"), which search must tolerate. */
const typo = (word: string) => word.slice(0, Math.floor(word.length / 2)) + word.slice(Math.floor(word.length / 2) + 1);

/**
 * Searches made of the catalog's own words (titles, types, vendors, tags): single words, two-word
 * phrases, typos, and some with a filter or a sort, as a search page sends them. `MIX_SIZE`
 * distinct ones (fewer only if the catalog has too few words).
 */
export function searchMix(products: ProductInfo[], size = MIX_SIZE): RequestMix {
  const random = createRandom(12_003);
  const words = new Set<string>();
  const phrases = new Set<string>();
  for (const product of products) {
    const titleWords = product.title.toLowerCase().match(/[a-z]{4,}/g) ?? [];
    for (const word of [...titleWords, ...product.tags.map((t) => t.toLowerCase()), product.productType.toLowerCase()])
      if (/^[a-z ]{4,}$/.test(word)) words.add(word);
    for (let i = 0; i + 1 < titleWords.length; i++) phrases.add(`${titleWords[i]} ${titleWords[i + 1]}`);
  }
  const vendors = [...new Set(products.map((p) => p.vendor))];
  const wordList = random.shuffle([...words]);
  const candidates: Array<{ query: string; filters?: Array<Record<string, unknown>>; sortKey?: string }> = [];
  const seen = new Set<string>();
  const add = (c: (typeof candidates)[number]) => {
    const key = JSON.stringify(c);
    if (!seen.has(key)) {
      seen.add(key);
      candidates.push(c);
    }
  };
  // Roughly: 40% plain words, 20% phrases, 15% typos, 15% filtered, 10% sorted by price.
  for (const word of wordList.slice(0, Math.round(size * 0.4))) add({ query: word });
  for (const phrase of random.sample([...phrases], Math.round(size * 0.2))) add({ query: phrase });
  for (const word of random.sample(
    wordList.filter((w) => w.length >= 6 && !w.includes(' ')),
    Math.round(size * 0.15),
  ))
    add({ query: typo(word) });
  for (const word of random.sample(wordList, Math.round(size * 0.15)))
    add({
      query: word,
      filters: [random.chance(0.5) ? { available: true } : { productVendor: random.pick(vendors) }],
    });
  for (const word of random.sample(wordList, size)) {
    if (candidates.length >= size) break;
    add({ query: word, sortKey: 'PRICE' });
  }
  for (const phrase of random.shuffle([...phrases])) {
    if (candidates.length >= size) break;
    add({ query: phrase });
  }
  const picked = random.shuffle(candidates.slice(0, size));
  return {
    bodies: picked.map((variables) => body(SEARCH_QUERY, variables)),
    labels: picked.map((v) =>
      [JSON.stringify(v.query), v.sortKey, v.filters && JSON.stringify(v.filters[0])].filter(Boolean).join(' '),
    ),
  };
}
