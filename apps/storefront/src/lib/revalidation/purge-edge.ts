import 'server-only';
import { env } from '../../env';

/**
 * Purges every edge object carrying one of the tags (Varnish xkey: `PURGE` with
 * `xkey-purge`). Runs after Next.js has dropped its own copies, so the edge's refetch gets
 * the fresh page. A failed purge leaves pages stale for at most s-maxage; it is logged.
 */
export async function purgeEdge(tags: readonly string[]): Promise<void> {
  if (!env.EDGE_PURGE_URL) return;
  try {
    const response = await fetch(env.EDGE_PURGE_URL, {
      method: 'PURGE',
      headers: { 'xkey-purge': tags.join(' ') },
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) console.error(`Edge purge answered ${response.status} for ${tags.length} tags`);
  } catch (error) {
    console.error('Edge purge failed:', error instanceof Error ? error.message : error);
  }
}
