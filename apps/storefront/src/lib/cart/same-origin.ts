/**
 * A cart change must come from this shop's own pages: a JSON body (a cross-site form cannot send
 * one without a CORS preflight, which this route never answers) and, where the browser says so,
 * a same-origin fetch. SameSite=Lax already keeps the cart cookie off cross-site POSTs; this
 * also stops a page elsewhere from adding to a cart through a shopper's browser.
 */
export function isSameOriginJson(headers: { get(name: string): string | null }): boolean {
  const type = headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) return false;
  const site = headers.get('sec-fetch-site');
  return site == null || site === 'same-origin';
}
