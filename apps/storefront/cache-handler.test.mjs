import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import FileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import nodeFsModule from 'next/dist/server/lib/node-fs-methods.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import SurrogateKeyCache, {
  evictionsSettled,
  hasOverlongSegment,
  resetPageCacheIndex,
  surrogateKeys,
} from './cache-handler.mjs';

const { nodeFs } = nodeFsModule;
const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule;

describe('surrogateKeys', () => {
  it('keeps our tags and drops Next.js implicit path tags', () => {
    expect(surrogateKeys('_N_T_/layout,_N_T_/products/x,product:42,listings')).toBe('product:42 listings');
    expect(surrogateKeys(undefined)).toBe('');
  });
});

describe('hasOverlongSegment', () => {
  it('flags keys a file system could not store', () => {
    expect(hasOverlongSegment(`/collections/bags/${'x'.repeat(201)}`)).toBe(true);
    expect(hasOverlongSegment('/collections/bags/ZmlsdGVy')).toBe(false);
  });
});

describe('the page cache bound', () => {
  const page = (html, status) => ({
    kind: 'APP_PAGE',
    html,
    rscData: Buffer.from('rsc'),
    headers: { 'x-next-cache-tags': 'product:1' },
    status,
  });
  const getPage = (cache, key) => cache.get(key, { kind: 'APP_PAGE', isFallback: false, isRoutePPREnabled: false });
  let dir;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'page-cache-'));
    vi.stubEnv('PAGE_CACHE_MAX_BYTES', '2500');
    resetPageCacheIndex();
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    resetPageCacheIndex();
    await rm(dir, { recursive: true, force: true });
  });

  const newCache = () =>
    new SurrogateKeyCache({
      fs: nodeFs,
      flushToDisk: true,
      serverDistDir: dir,
      revalidatedTags: [],
      maxMemoryCacheSize: 0,
    });
  const setPage = (cache, key, value) =>
    cache.set(key, value, {
      cacheControl: { revalidate: 300, expire: 86400 },
      isRoutePPREnabled: false,
      isFallback: false,
    });

  it('evicts the least recently used pages, files and all, once the pages pass the byte limit', async () => {
    const cache = newCache();
    await setPage(cache, '/products/a', page('a'.repeat(1000)));
    await setPage(cache, '/products/b', page('b'.repeat(1000)));
    // Reading a makes b the least recently used.
    expect((await getPage(newCache(), '/products/a'))?.value.html).toHaveLength(1000);
    await setPage(cache, '/products/c', page('c'.repeat(1000)));
    await evictionsSettled();

    expect(await getPage(cache, '/products/b')).toBeNull();
    expect(existsSync(join(dir, 'app/products/b.html'))).toBe(false);
    expect(existsSync(join(dir, 'app/products/b.rsc'))).toBe(false);
    expect(existsSync(join(dir, 'app/products/b.meta'))).toBe(false);
    expect((await getPage(cache, '/products/a'))?.value.html).toHaveLength(1000);
    expect((await getPage(cache, '/products/c'))?.value.html).toHaveLength(1000);
  });

  it('stores neither not-found pages nor redirects: unknown URLs mint no entries', async () => {
    const cache = newCache();
    await setPage(cache, '/products/unknown-1', page('not found', 404));
    await setPage(cache, '/products/moved', page('', 307));
    await setPage(cache, '/products/known', page('found', 200));
    expect(await getPage(cache, '/products/unknown-1')).toBeNull();
    expect(await getPage(cache, '/products/moved')).toBeNull();
    expect(existsSync(join(dir, 'app/products/unknown-1.html'))).toBe(false);
    expect((await getPage(cache, '/products/known'))?.value.html).toBe('found');
  });
});

describe('Content-Security-Policy of stored pages', () => {
  let dir;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'page-cache-csp-'));
    resetPageCacheIndex();
  });
  afterEach(async () => {
    resetPageCacheIndex();
    await rm(dir, { recursive: true, force: true });
  });
  const ctx = { fs: nodeFs, flushToDisk: true, revalidatedTags: [], maxMemoryCacheSize: 0 };
  const html =
    '<html><body><script src="/_next/static/a.js"></script><script>self.__next_f.push([0])</script></body></html>';
  const hash = `'sha256-${createHash('sha256').update('self.__next_f.push([0])').digest('base64')}'`;
  const setCtx = { cacheControl: { revalidate: 300, expire: 86400 }, isRoutePPREnabled: false, isFallback: false };
  const getCtx = { kind: 'APP_PAGE', isFallback: false, isRoutePPREnabled: false };

  it('a rendered page is stored and served with a policy allowing exactly its inline scripts', async () => {
    const cache = new SurrogateKeyCache({ ...ctx, serverDistDir: dir });
    const data = { kind: 'APP_PAGE', html, rscData: Buffer.from('rsc'), headers: {}, status: 200 };
    await cache.set('/products/csp', data, setCtx);
    // The fresh render is sent with the same headers object.
    expect(data.headers['content-security-policy']).toContain(`script-src 'self' ${hash}`);
    const stored = await cache.get('/products/csp', getCtx);
    expect(stored.value.headers['content-security-policy']).toContain(`script-src 'self' ${hash}`);
  });

  it('a page prerendered at build (stored without a policy) gets one when read', async () => {
    await new FileSystemCache({ ...ctx, serverDistDir: dir }).set(
      '/cart',
      { kind: 'APP_PAGE', html, rscData: Buffer.from('rsc'), headers: {}, status: 200 },
      setCtx,
    );
    const read = await new SurrogateKeyCache({ ...ctx, serverDistDir: dir }).get('/cart', getCtx);
    expect(read.value.headers['content-security-policy']).toContain(hash);
  });
});
