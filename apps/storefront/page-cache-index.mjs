// The byte bound of the page cache: an LRU index over the entries this process wrote. Next.js's
// file-system cache has none, so any stream of distinct URLs (free-text filter values, cursors)
// would fill the disk. Uses the LRU Next.js itself uses for its in-memory cache.
import { rm } from 'node:fs/promises';
import LruCacheModule from 'next/dist/server/lib/lru-cache.js';

const { LRUCache } = LruCacheModule;
const INDEX_KEY = Symbol.for('commerce.storefront.page-cache-index');
const DEFAULT_MAX_BYTES = 512 * 1024 * 1024;

/**
 * PAGE_CACHE_MAX_BYTES, read here and not in src/env.ts (which validates and documents it):
 * Next.js loads the cache handler outside the app bundle, so it cannot import the app's TypeScript.
 */
function maxBytes() {
  const configured = Number(process.env.PAGE_CACHE_MAX_BYTES);
  return Number.isSafeInteger(configured) && configured > 0 ? configured : DEFAULT_MAX_BYTES;
}

/** What an entry takes on disk, about: its key, HTML, RSC payload and segment files. */
export function entryBytes(key, data) {
  let bytes = key.length + 200;
  if (typeof data?.html === 'string') bytes += Buffer.byteLength(data.html);
  if (data?.rscData) bytes += data.rscData.length;
  if (data?.body) bytes += data.body.length;
  for (const [path, buffer] of data?.segmentData ?? []) bytes += path.length + buffer.length;
  return bytes;
}

/**
 * @typedef {{ bytes: number, files: string[], onEvict: () => void }} IndexEntry
 * @returns {InstanceType<typeof LRUCache>} one per process (Next.js builds a handler per request)
 */
export function pageCacheIndex() {
  const holder = /** @type {Record<symbol, any>} */ (globalThis);
  holder[INDEX_KEY] ??= new LRUCache(
    maxBytes(),
    (/** @type {IndexEntry} */ entry) => entry.bytes,
    (/** @type {string} */ _key, /** @type {IndexEntry} */ entry) => {
      entry.onEvict();
      // The files go in the background; a failure leaves a file, never a wrong page.
      const removal = Promise.all(entry.files.map((file) => rm(file, { recursive: true, force: true })))
        .catch((error) => console.error('[page-cache] could not remove an evicted entry:', error.message))
        .finally(() => removals.delete(removal));
      removals.add(removal);
    },
  );
  return holder[INDEX_KEY];
}

const removals = new Set();

/** Resolves once the files of every entry evicted so far are gone. */
export async function evictionsSettled() {
  await Promise.all([...removals]);
}

/** Tests only: forget the index (and re-read the limit). */
export function resetPageCacheIndex() {
  delete (/** @type {Record<symbol, any>} */ (globalThis)[INDEX_KEY]);
}
