/**
 * A Varnish xkey purge of `tags`. The edge takes purges from anyone holding EDGE_PURGE_SECRET
 * (deploy/varnish/default.vcl), not from an address: storefront instances live anywhere.
 */
export function edgePurgeHeaders(tags: readonly string[], secret: string | undefined): Record<string, string> {
  return { 'xkey-purge': tags.join(' '), ...(secret ? { 'x-purge-secret': secret } : {}) };
}
