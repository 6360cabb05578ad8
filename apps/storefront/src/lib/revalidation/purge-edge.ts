import 'server-only';
import { env } from '@/env';
import { edgePurgeHeaders } from './edge-purge-headers';
import { edgePurgeUrls } from './edge-purge-urls';

/**
 * Purges every edge object carrying one of the tags (Varnish xkey: `PURGE` with
 * `xkey-purge`), on every edge EDGE_PURGE_URL names. A failed purge leaves pages stale for at most s-maxage; it is logged.
 */
export async function purgeEdge(tags: readonly string[]): Promise<void> {
  await Promise.all(edgePurgeUrls(env.EDGE_PURGE_URL).map((url) => purgeOneEdge(url, tags)));
}

async function purgeOneEdge(url: string, tags: readonly string[]): Promise<void> {
  try {
    const response = await fetch(url, {
      method: 'PURGE',
      headers: edgePurgeHeaders(tags, env.EDGE_PURGE_SECRET),
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) console.error(`Edge purge of ${url} answered ${response.status} for ${tags.length} tags`);
  } catch (error) {
    console.error(`Edge purge of ${url} failed:`, error instanceof Error ? error.message : error);
  }
}

/**
 * Other storefront instances learn of a revalidation on their next poll of the shared tag state
 * (about a second; cache-tags-sync.mjs). An edge refetch that reaches one of them before then
 * would store the old page again for s-maxage, so the edge is purged now and once more after
 * every instance has caught up.
 */
export const INSTANCES_CATCH_UP_MS = 3_000;

export async function purgeEdgeTwice(tags: readonly string[]): Promise<void> {
  if (!env.EDGE_PURGE_URL) return;
  await purgeEdge(tags);
  await new Promise((resolve) => setTimeout(resolve, INSTANCES_CATCH_UP_MS));
  await purgeEdge(tags);
}
