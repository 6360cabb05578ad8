// Next.js's own file-system ISR cache, plus two things:
// - Each cached page gets a `Surrogate-Key` header listing the cache tags it was rendered with
//   (`product:42 ...`), so an edge cache can purge exactly the pages a change touches. Next.js
//   stores a page's tags in `x-next-cache-tags` but sends them only on Vercel; the headers stored
//   here are sent with every response served from this entry, fresh or cached.
//   e2e/cache-headers.spec.ts holds this to both cases, because it leans on a Next.js internal module.
// - With UPSTASH_REDIS_REST_URL and _TOKEN set, tag revalidations are shared with every other
//   instance through Redis (cache-tags-sync.mjs); without them, nothing more happens.
// - It is bounded: PAGE_CACHE_MAX_BYTES over all pages, least recently used evicted first
//   (page-cache-index.mjs), and only 200s are stored, so unknown handles (404) and URLs the
//   page redirects (unknown variant options) mint no entries, however many a stranger asks for.
// - A page under an A/B test (tagged `ab-split:<p>` by lib/content/page-tags.ts) is stored with
//   an `x-ab-split: <p>` header, which the edge turns into `Vary: x-ab-variant-<p>` (docs/adr/0012).
// - Each page carries a Content-Security-Policy listing the hashes of its own inline scripts:
//   a cached page cannot carry a per-request nonce. Pages prerendered at build get theirs on read.
import FileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import { sharedTagsSync } from './cache-tags-sync.mjs';
import { contentSecurityPolicy, inlineScriptHashes } from './content-security-policy.mjs';
import { entryBytes, pageCacheIndex } from './page-cache-index.mjs';

export { evictionsSettled, resetPageCacheIndex } from './page-cache-index.mjs';

const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule;
const NEXT_TAGS_HEADER = 'x-next-cache-tags';
const CSP_HEADER = 'content-security-policy';
const AB_SPLIT_HEADER = 'x-ab-split';
const AB_SPLIT_TAG = /^ab-split:([1-9]0)$/;

/** Adds the hash-based policy to a page's stored headers (sent with the page, fresh or cached). */
function addContentSecurityPolicy(value) {
  if (value?.kind !== 'APP_PAGE' || typeof value.html !== 'string' || value.headers?.[CSP_HEADER]) return;
  // In place, as Next.js may hold this very headers object for the response it is sending.
  value.headers ??= {};
  value.headers[CSP_HEADER] = contentSecurityPolicy(inlineScriptHashes(value.html));
}

/** Our tags only: Next.js adds implicit `_N_T_/path` tags we never purge by. */
export function surrogateKeys(nextTags) {
  return String(nextTags ?? '')
    .split(',')
    .filter((tag) => tag && !tag.startsWith('_N_T_'))
    .join(' ');
}

/** The split (`'10'`-`'90'`) of a page under test, from its `ab-split:<p>` tag; else null. */
export function abSplit(nextTags) {
  for (const tag of String(nextTags ?? '').split(',')) {
    const match = AB_SPLIT_TAG.exec(tag);
    if (match) return match[1];
  }
  return null;
}

const MAX_FILE_NAME_SEGMENT = 200;

/** @param {string} key */
export function hasOverlongSegment(key) {
  return key.split('/').some((segment) => segment.length > MAX_FILE_NAME_SEGMENT);
}

export default class SurrogateKeyCache extends FileSystemCache {
  constructor(ctx) {
    super(ctx);
    // Next.js builds a handler per request; the sync is one per process and starts once.
    sharedTagsSync()?.start();
  }

  async get(key, ctx) {
    const data = await super.get(key, ctx);
    if (data) pageCacheIndex().get(key); // marks it recently used
    addContentSecurityPolicy(data?.value);
    return data;
  }

  async set(key, data, ctx) {
    // Before anything else: the fresh render is sent with these headers, stored or not.
    addContentSecurityPolicy(data);
    // A page that is not a 200 costs a render each time, but never disk: the edge keeps 404s a minute.
    if (typeof data?.status === 'number' && data.status !== 200) return;
    if (data?.kind === 'APP_PAGE' && data.headers) {
      const keys = surrogateKeys(data.headers[NEXT_TAGS_HEADER]);
      if (keys) data.headers['surrogate-key'] = keys;
      const split = abSplit(data.headers[NEXT_TAGS_HEADER]);
      if (split) data.headers[AB_SPLIT_HEADER] = split;
    }
    // A long filter combination makes a path segment longer than a file name may be: such a
    // page is served uncached here (the edge still keeps it) instead of failing to write.
    if (hasOverlongSegment(key)) return;
    await super.set(key, data, ctx);
    if (data?.kind === 'APP_PAGE' || data?.kind === 'APP_ROUTE') this.#remember(key, data);
  }

  #remember(key, data) {
    const kind = data.kind;
    const base = this.getFilePath(kind === 'APP_ROUTE' ? `${key}.body` : `${key}.html`, kind).replace(
      /\.(body|html)$/,
      '',
    );
    const files = kind === 'APP_ROUTE' ? ['.body', '.meta'] : ['.html', '.rsc', '.meta', '.segments'];
    pageCacheIndex().set(key, {
      bytes: entryBytes(key, data),
      files: files.map((suffix) => base + suffix),
      onEvict: () => FileSystemCache.memoryCache?.remove(key),
    });
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    await sharedTagsSync()?.publish(typeof tags === 'string' ? [tags] : tags);
  }
}
