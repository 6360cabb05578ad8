// Next.js's own file-system ISR cache, plus one thing: each cached page gets a
// `Surrogate-Key` header listing the cache tags it was rendered with (`product:42 ...`), so an
// edge cache can purge exactly the pages a change touches. Next.js stores a page's tags in
// `x-next-cache-tags` but sends them only on Vercel; the headers stored here are sent with
// every response served from this entry, fresh or cached. e2e/cache-headers.spec.ts holds
// this to both cases, because it leans on a Next.js internal module.
import FileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';

const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule;
const NEXT_TAGS_HEADER = 'x-next-cache-tags';

/** Our tags only: Next.js adds implicit `_N_T_/path` tags we never purge by. */
export function surrogateKeys(nextTags) {
  return String(nextTags ?? '')
    .split(',')
    .filter((tag) => tag && !tag.startsWith('_N_T_'))
    .join(' ');
}

export default class SurrogateKeyCache extends FileSystemCache {
  async set(key, data, ctx) {
    if (data?.kind === 'APP_PAGE' && data.headers) {
      const keys = surrogateKeys(data.headers[NEXT_TAGS_HEADER]);
      if (keys) data.headers['surrogate-key'] = keys;
    }
    return super.set(key, data, ctx);
  }
}
