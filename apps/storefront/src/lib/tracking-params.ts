/**
 * Parameters that ad platforms and mail tools append to links. They never change a page, so
 * they must never make a new cache entry (at the edge the VCL strips them from the key too).
 */
const TRACKING_KEYS = new Set([
  'fbclid',
  'gclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'dclid',
  'yclid',
  'ttclid',
  'twclid',
  'igshid',
  'srsltid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  'ref',
]);

export function isTrackingParam(key: string): boolean {
  const lower = key.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_KEYS.has(lower);
}
