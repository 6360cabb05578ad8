/**
 * The proxy turns query strings into a path segment before routing, because a page that
 * reads `searchParams` cannot be cached by Next.js. `/collections/bags?sort_by=price-ascending`
 * renders `/collections/bags/<base64url of the normalised query>`, an ISR entry of its own. Shoppers
 * and search engines only ever see the query-string form (canonical links say so).
 */
export function encodeStateSegment(params: URLSearchParams): string {
  // base64url: a segment Next.js passes through untouched, whatever `&`, `=` or `%` the
  // values hold (percent-encoding would depend on how many times the router decodes).
  return Buffer.from(params.toString()).toString('base64url');
}

/**
 * The state a page was asked for, or null when the path is not one the proxy would have made
 * (several segments, or parameters that are not in normal form). Pages answer 404 then, so
 * nobody can mint page-cache entries by asking for the internal form directly.
 */
export function canonicalState(
  segment: readonly string[] | undefined,
  normalise: (params: URLSearchParams) => URLSearchParams,
): URLSearchParams | null {
  if (segment === undefined) return new URLSearchParams();
  if (segment.length !== 1) return null;
  const asked = decodeStateSegment(segment);
  const normal = normalise(asked);
  return normal.size > 0 && normal.toString() === asked.toString() ? normal : null;
}

export function decodeStateSegment(segment: readonly string[] | undefined): URLSearchParams {
  if (!segment || segment.length !== 1 || !/^[\w-]*$/.test(segment[0]!)) return new URLSearchParams();
  return new URLSearchParams(Buffer.from(segment[0]!, 'base64url').toString('utf8'));
}

/**
 * `/` renders `/home/<decile>` and `/pages/<handle>` renders `/pages/<handle>/<decile>`: the
 * shopper's A/B decile (0-9, from the edge's `x-ab-bucket`) as a dynamic segment, so each renders
 * on first request, never during `next build` (which needs no running API), and a page under an
 * A/B test keeps one cache entry per decile. Asked for directly, these paths are a 404.
 */
export function homeRoute(bucket: number): string {
  return `/home/${bucket}`;
}

export function contentPageRoute(handle: string, bucket: number): string {
  return `/pages/${handle}/${bucket}`;
}

/** The internal forms above, which only the proxy may produce. */
export function isInternalContentPath(pathname: string): boolean {
  return /^\/home(\/|$)/.test(pathname) || /^\/pages\/[^/]+\/./.test(pathname);
}
