// EDGE_PURGE_URL names one edge, or several comma-separated: with more than one Varnish node,
// each holds its own copies and must be purged on its own.

/** The edges to purge, in order; empty when unset. */
export function edgePurgeUrls(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/** For env.ts: a non-empty list of http(s) URLs. */
export function isEdgePurgeUrlList(value: string): boolean {
  const urls = edgePurgeUrls(value);
  return (
    urls.length > 0 &&
    urls.every((url) => {
      try {
        return ['http:', 'https:'].includes(new URL(url).protocol);
      } catch {
        return false;
      }
    })
  );
}
