import type { CacheEntityRecord } from '@envelop/response-cache';
import { toGlobalId } from '../../platform/graphql/global-id.js';

/**
 * The cached responses an outbox tag (platform/outbox, the storefront's cache tags) stands for,
 * as the response cache names them: `Type` + global id, or a type alone for every response
 * holding that type (also where a field of it was null or empty, e.g. a page not yet published).
 *
 * - `product:<n>`, `collection:<n>`, `page:<n>`: that entity. The catalog tags a product's
 *   collections with it, so a price or stock change also evicts the collection listings.
 * - `page:home`, `page-handle:<h>`: every response with a page (a handle may have answered null
 *   before it was published; pages change rarely, so all of them go).
 * - `menu:<h>`: every menu (menus have no id to name one by).
 * - `stock:<n>`: every response showing variant n (its quantity moved); `stock`: every one showing a variant.
 * - `variant:<n>`: every response showing variant n (its price changed: a `node(id:)` of the variant
 *   alone names no product).
 * - `product-stock:<n>`: every response showing product n (a variant of it sold out or came back,
 *   so its `availableForSale` may have changed); `product-stock`: every one showing a product.
 * - `listings`: every response listing products or collections.
 * - anything else (`sitemap`): no GraphQL response shows it.
 */
export function entitiesOfTags(tags: Iterable<string>): CacheEntityRecord[] {
  const entities = new Map<string, CacheEntityRecord>();
  const add = (typename: string, id?: string) =>
    entities.set(id === undefined ? typename : `${typename}:${id}`, id === undefined ? { typename } : { typename, id });
  for (const tag of tags) {
    const [kind, value] = tag.split(':', 2);
    if (kind === 'product' && value && /^\d+$/.test(value)) add('Product', toGlobalId('Product', value));
    else if (kind === 'collection' && value && /^\d+$/.test(value)) add('Collection', toGlobalId('Collection', value));
    else if (kind === 'page' && value && /^\d+$/.test(value)) add('Page', toGlobalId('Page', value));
    else if (kind === 'page' || kind === 'page-handle') add('Page');
    else if (kind === 'menu') add('Menu');
    else if (kind === 'stock' && value && /^\d+$/.test(value))
      add('ProductVariant', toGlobalId('ProductVariant', value));
    else if (kind === 'stock' && value === undefined) add('ProductVariant');
    else if (kind === 'variant' && value && /^\d+$/.test(value))
      add('ProductVariant', toGlobalId('ProductVariant', value));
    else if (kind === 'product-stock' && value && /^\d+$/.test(value)) add('Product', toGlobalId('Product', value));
    else if (kind === 'product-stock' && value === undefined) add('Product');
    else if (kind === 'listings') {
      add('Product');
      add('Collection');
    }
  }
  return [...entities.values()];
}

/** What the outbox flush calls with the tags of the rows it claims; rejects when Redis fails. */
export type EvictResponses = (tags: readonly string[]) => Promise<void>;

export function outboxEviction(store: {
  evict(entities: Iterable<CacheEntityRecord>): Promise<number>;
}): EvictResponses {
  return async (tags) => {
    const entities = entitiesOfTags(tags);
    if (entities.length > 0) await store.evict(entities);
  };
}
