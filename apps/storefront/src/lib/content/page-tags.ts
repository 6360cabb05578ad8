import { TAGS, tagForId } from '../cache-tags';
import { HOME_PAGE_HANDLE, type ContentPage } from './content-page';

/**
 * What a content page shows, as cache tags: the page (by id, and by handle so a publish under a
 * new handle reaches it), each product of its grids and the shown part of its collections; the
 * home page also `page:home`; a page under an A/B test `ab-split:<percent>`, which the cache
 * handler turns into the `x-ab-split` header the edge varies on.
 */
export function contentPageTags(page: ContentPage): string[] {
  const tags = [tagForId(page.id), `page-handle:${page.handle}`];
  if (page.handle === HOME_PAGE_HANDLE) tags.push(TAGS.home);
  if (page.experimentSplit != null) tags.push(`ab-split:${page.experimentSplit}`);
  for (const block of page.blocks) {
    if (block.__typename === 'ProductGridBlock') tags.push(...block.products.map((product) => tagForId(product.id)));
    if (block.__typename === 'CollectionBlock' && block.collection) {
      tags.push(tagForId(block.collection.id));
      tags.push(...shownProducts(block).map((product) => tagForId(product.id)));
    }
  }
  return [...new Set(tags)];
}

/** A collection block shows its collection's first `limit` products. */
export function shownProducts(block: Extract<ContentPage['blocks'][number], { __typename: 'CollectionBlock' }>) {
  return block.collection?.products.nodes.slice(0, Math.max(0, block.limit)) ?? [];
}
