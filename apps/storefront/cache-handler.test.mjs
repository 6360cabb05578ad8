import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import FileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import nodeFsModule from 'next/dist/server/lib/node-fs-methods.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import SurrogateKeyCache, {
  abSplit,
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

describe('abSplit', () => {
  it('reads the split of a page under test from its ab-split tag (10-90, in steps of 10)', () => {
    expect(abSplit('_N_T_/pages/sale/3,page:4,ab-split:30,product:1')).toBe('30');
    expect(abSplit('page:4,product:1')).toBeNull();
    expect(abSplit(undefined)).toBeNull();
    for (const tag of ['ab-split:35', 'ab-split:0', 'ab-split:100', 'ab-split:', 'ab-split:5O', 'xab-split:30'])
      expect(abSplit(`page:4,${tag}`), tag).toBeNull();
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

describe('the A/B split header of stored pages', () => {
  let dir;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'page-cache-ab-'));
    resetPageCacheIndex();
  });
  afterEach(async () => {
    resetPageCacheIndex();
    await rm(dir, { recursive: true, force: true });
  });
  const ctx = { fs: nodeFs, flushToDisk: true, revalidatedTags: [], maxMemoryCacheSize: 0 };
  const setCtx = { cacheControl: { revalidate: 300, expire: 86400 }, isRoutePPREnabled: false, isFallback: false };
  const getCtx = { kind: 'APP_PAGE', isFallback: false, isRoutePPREnabled: false };
  const page = (tags) => ({
    kind: 'APP_PAGE',
    html: '<html></html>',
    rscData: Buffer.from('rsc'),
    headers: { 'x-next-cache-tags': tags },
    status: 200,
  });

  it('a page tagged ab-split:<p> is sent and stored with x-ab-split: <p>, which the edge varies on', async () => {
    const cache = new SurrogateKeyCache({ ...ctx, serverDistDir: dir });
    const data = page('_N_T_/pages/sale/2,page:4,page-handle:sale,ab-split:50');
    await cache.set('/pages/sale/2', data, setCtx);
    // The fresh render goes out with the same headers object.
    expect(data.headers['x-ab-split']).toBe('50');
    const reader = new SurrogateKeyCache({ ...ctx, serverDistDir: dir });
    expect((await reader.get('/pages/sale/2', getCtx))?.value.headers['x-ab-split']).toBe('50');
  });

  it('a page under no test, or with a malformed split, carries no x-ab-split', async () => {
    const cache = new SurrogateKeyCache({ ...ctx, serverDistDir: dir });
    for (const [key, tags] of [
      ['/pages/plain/0', 'page:5,page-handle:plain'],
      ['/pages/odd/0', 'page:6,ab-split:55'],
    ]) {
      const data = page(tags);
      await cache.set(key, data, setCtx);
      expect(data.headers['x-ab-split'], key).toBeUndefined();
      const reader = new SurrogateKeyCache({ ...ctx, serverDistDir: dir });
      expect((await reader.get(key, getCtx))?.value.headers['x-ab-split'], key).toBeUndefined();
    }
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
