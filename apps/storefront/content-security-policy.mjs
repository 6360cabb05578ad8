// The storefront's Content-Security-Policy. Cached pages cannot carry a per-request nonce (one
// copy serves everyone), so their policy lists the SHA-256 of each inline script the stored HTML
// holds (cache-handler.mjs); dynamic pages get a nonce from the proxy instead. Plain JS: the
// cache handler runs outside the app bundle and imports it too.
import { createHash } from 'node:crypto';

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script\s*>/gi;

/** `'sha256-…'` sources for every inline script of `html`, in order of appearance, each once. */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const [, body] of html.matchAll(INLINE_SCRIPT)) {
    if (body) hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/**
 * The policy with `scriptSources` (hashes or a nonce) as the only scripts beyond the origin's own
 * files. Images may come from anywhere (the catalog's image service is another origin, and an
 * image cannot run code); styles allow inline attributes, which React and next/image write.
 * @param {readonly string[]} scriptSources
 */
export function contentSecurityPolicy(scriptSources) {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptSources.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    'img-src * data: blob:',
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}
