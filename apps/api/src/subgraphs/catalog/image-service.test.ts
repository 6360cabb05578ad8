import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderImageSvg } from './image-art.js';
import { createImageHandlerFor, fitImageSize, imagePath, type ImageSource } from './image-service.js';
import { imageVersion } from './images/image-version.js';

const art = { background: '#e3eef9', foreground: '#2f6fb3', label: 'Sneakers', shape: 'circle' } as const;

describe('renderImageSvg', () => {
  it('is a standalone, accessible SVG of the requested size', () => {
    const svg = renderImageSvg(art, 600, 750, 'Canvas Sneakers in Blue, front view');
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="600" height="750" viewBox="0 0 600 750" role="img">/,
    );
    expect(svg).toContain('<title>Canvas Sneakers in Blue, front view</title>');
    expect(svg).toContain('>Sneakers</text>');
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('escapes text and refuses colours that are not hex', () => {
    const svg = renderImageSvg(
      { background: 'red"/><script>alert(1)</script>', foreground: '#fff', label: '<b>&', shape: 'stripes' },
      400,
      400,
      'Tom & "Jerry" <3',
    );
    expect(svg).not.toContain('<script');
    expect(svg).toContain('<title>Tom &amp; &quot;Jerry&quot; &lt;3</title>');
    expect(svg).toContain('&lt;b&gt;&amp;</text>');
  });

  it('renders through sharp for every shape', async () => {
    for (const shape of ['circle', 'square', 'triangle', 'stripes'] as const) {
      const meta = await sharp(Buffer.from(renderImageSvg({ ...art, shape }, 240, 300))).metadata();
      expect([meta.width, meta.height]).toEqual([240, 300]);
    }
  });
});

const row: ImageSource = { id: 7, width: 1200, height: 1500, altText: 'Blue sneakers', art };
/** The path the catalog hands out for `row`, with a transform. */
const pathOf = (transform: Parameters<typeof imagePath>[1] = {}) => imagePath(row, transform);
const manual = { redirect: 'manual' } as const;

describe('imagePath', () => {
  it('builds the path with extension, a served size and the version', () => {
    const v = imageVersion(row);
    expect(v).toMatch(/^[\w-]{12,}$/);
    expect(pathOf()).toBe(`/images/7.svg?v=${v}`);
    expect(pathOf({ maxWidth: 640, preferredContentType: 'WEBP' })).toBe(`/images/7.webp?w=640&v=${v}`);
    expect(pathOf({ maxWidth: 640, preferredContentType: 'JPG' })).toBe(`/images/7.jpg?w=640&v=${v}`);
  });

  it('hands out only widths and the formats the storefront uses: a height bound becomes a width, AVIF and PNG become WebP', () => {
    const v = imageVersion(row);
    // 300 px high is 240 px wide at 1200×1500.
    expect(pathOf({ maxWidth: null, maxHeight: 300, preferredContentType: 'JPG' })).toBe(`/images/7.jpg?w=240&v=${v}`);
    // Never above what the caller asked for (the smaller bound wins), never outside the list.
    expect(pathOf({ maxWidth: 601, maxHeight: 700, preferredContentType: 'WEBP' })).toBe(`/images/7.webp?w=480&v=${v}`);
    expect(pathOf({ maxWidth: 601, maxHeight: 1, preferredContentType: 'AVIF' })).toBe(`/images/7.webp?w=96&v=${v}`);
    expect(pathOf({ maxWidth: 1080, preferredContentType: 'PNG' })).toBe(`/images/7.webp?w=1080&v=${v}`);
  });

  it('changes the version when what the image shows changes', () => {
    expect(imageVersion({ ...row, art: { ...art, label: 'Boots' } })).not.toBe(imageVersion(row));
    expect(imageVersion({ ...row, altText: 'Red sneakers' })).not.toBe(imageVersion(row));
    expect(imageVersion({ ...row, width: 1201 })).not.toBe(imageVersion(row));
    expect(
      imageVersion({
        ...row,
        art: { shape: art.shape, label: art.label, foreground: art.foreground, background: art.background },
      }),
    ).toBe(imageVersion(row));
  });

  it('fits within bounds without upscaling', () => {
    expect(fitImageSize(1200, 1500)).toEqual({ width: 1200, height: 1500 });
    expect(fitImageSize(1200, 1500, 600)).toEqual({ width: 600, height: 750 });
    expect(fitImageSize(1200, 1500, 600, 300)).toEqual({ width: 240, height: 300 });
    expect(fitImageSize(1200, 1500, 5000, 5000)).toEqual({ width: 1200, height: 1500 });
  });
});

/** Starts a server on `handler`; returns its base URL and a close function. */
async function serve(handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>) {
  const server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('image handler', () => {
  const rows = new Map<number, ImageSource>([[7, row]]);
  let lookups = 0;
  let base: string;
  let handler: ReturnType<typeof createImageHandlerFor>;
  let close: () => Promise<void>;

  beforeAll(async () => {
    handler = createImageHandlerFor(
      async (id) => {
        lookups += 1;
        return rows.get(id) ?? null;
      },
      // The first encode starts a worker and loads sharp in it, which took over the default 5 s on
      // a loaded CI machine (a 503); these tests are about the responses, not the encode time.
      { onError: () => {}, encoding: { timeoutMs: 20_000 } },
    );
    ({ base, close } = await serve(handler));
  });
  afterAll(async () => {
    await close();
    await handler.close();
  });

  it('serves SVG with long-lived caching and an ETag', async () => {
    const res = await fetch(`${base}${pathOf()}`, manual);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('etag')).toMatch(/^".+"$/);
    expect(await res.text()).toContain('width="1200" height="1500"');
  });

  it.each([
    ['webp', 'image/webp', 'webp'],
    ['jpg', 'image/jpeg', 'jpeg'],
  ])('encodes %s within the requested bounds', async (ext, contentType, sharpFormat) => {
    const res = await fetch(`${base}/images/7.${ext}?w=240&v=${imageVersion(row)}`, manual);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(contentType);
    const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual([sharpFormat, 240, 300]);
  });

  it('never upscales', async () => {
    const res = await fetch(`${base}/images/7.jpg?w=1600&v=${imageVersion(row)}`, manual);
    const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
    expect([meta.width, meta.height]).toEqual([1200, 1500]);
  });

  it('answers 304 to a matching If-None-Match and HEAD without a body', async () => {
    const url = `${base}${pathOf({ maxHeight: 96, preferredContentType: 'WEBP' })}`;
    const first = await fetch(url, manual);
    const etag = first.headers.get('etag')!;
    const again = await fetch(url, { ...manual, headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    const head = await fetch(url, { ...manual, method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBe((await first.arrayBuffer()).byteLength);
    expect(await head.text()).toBe('');
  });

  it('serves concurrent identical requests with the same bytes', async () => {
    const url = `${base}${pathOf({ maxWidth: 160, preferredContentType: 'JPG' })}`;
    const bodies = await Promise.all(
      Array.from({ length: 5 }, async () =>
        Buffer.from(await (await fetch(url, manual)).arrayBuffer()).toString('base64'),
      ),
    );
    expect(new Set(bodies).size).toBe(1);
  });

  it('redirects a width it does not serve to the nearest one it does', async () => {
    const v = imageVersion(row);
    const res = await fetch(`${base}/images/7.webp?w=601&v=${v}`, manual);
    expect(res.status).toBe(308);
    expect(res.headers.get('location')).toBe(`/images/7.webp?w=640&v=${v}`);
    const huge = await fetch(`${base}/images/7.webp?w=99999&h=1000&v=${v}`, manual);
    expect(huge.status).toBe(308);
    // A height is a width bound at the image's aspect ratio (1000 px high is 800 px wide here).
    expect(huge.headers.get('location')).toBe(`/images/7.webp?w=640&v=${v}`);
  });

  it('sends a height to the width it stands for, and AVIF or PNG to WebP, without encoding them', async () => {
    let encodes = 0;
    const counting = createImageHandlerFor(async (id) => rows.get(id) ?? null, {
      onError: () => {},
      encode: async () => {
        encodes += 1;
        return Buffer.from('x');
      },
    });
    const counted = await serve(counting);
    const v = imageVersion(row);
    for (const [path, location] of [
      [`/images/7.webp?h=300&v=${v}`, `/images/7.webp?w=240&v=${v}`],
      [`/images/7.jpg?w=1600&h=1600&v=${v}`, `/images/7.jpg?w=1280&v=${v}`],
      [`/images/7.svg?h=96&v=${v}`, `/images/7.svg?w=96&v=${v}`],
      [`/images/7.avif?w=1600&v=${v}`, `/images/7.webp?w=1600&v=${v}`],
      [`/images/7.png?w=240&v=${v}`, `/images/7.webp?w=240&v=${v}`],
      [`/images/7.avif?v=${v}`, `/images/7.webp?v=${v}`],
    ]) {
      const res = await fetch(`${counted.base}${path}`, manual);
      expect([path, res.status, res.headers.get('location')]).toEqual([path, 308, location]);
      await res.arrayBuffer();
    }
    expect(encodes).toBe(0);
    await counted.close();
    await counting.close();
  });

  it('never encodes a size or a URL it did not hand out', async () => {
    let encodes = 0;
    const counting = createImageHandlerFor(async (id) => rows.get(id) ?? null, {
      onError: () => {},
      encode: async () => {
        encodes += 1;
        return Buffer.from('x');
      },
    });
    const counted = await serve(counting);
    const v = imageVersion(row);
    for (const query of [`w=99999&v=${v}`, `w=601&v=${v}`, `h=7&v=${v}`, 'w=640', `w=640&v=old`, `w=640&v=${v}&x=1`]) {
      const res = await fetch(`${counted.base}/images/7.webp?${query}`, manual);
      expect([301, 302, 307, 308]).toContain(res.status);
      await res.arrayBuffer();
    }
    expect(encodes).toBe(0);
    await counted.close();
    await counting.close();
  });

  it('sends a stale or missing version to the current one, without immutable caching', async () => {
    const v = imageVersion(row);
    for (const query of ['w=640&v=stale', 'w=640']) {
      const res = await fetch(`${base}/images/7.webp?${query}`, manual);
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toBe(`/images/7.webp?w=640&v=${v}`);
      expect(res.headers.get('cache-control')).not.toContain('immutable');
      expect(res.headers.get('cache-control')).toMatch(/max-age=\d{1,3}\b/);
    }
  });

  it.each([
    ['/images/8.svg', 404],
    ['/images/7.gif', 404],
    ['/images/abc.png', 404],
    ['/images/07.png', 404],
    ['/images/7.png.png', 404],
    ['/images/%ff.png', 404],
    [`/images/${'9'.repeat(40)}.png`, 404],
    ['/images/99999999999999999.png', 404],
    ['/images/7.png?w=0', 400],
    ['/images/7.png?h=12.5', 400],
    ['/images/7.png?w=', 400],
    ['/images/7.png?w=abc', 400],
    ['/images/7.png?w=1e3', 400],
    ['/images/7.png?w=640&w=480', 400],
    ['/images/7.png?v=a&v=b', 400],
    [`/images/7.png?w=${'9'.repeat(400)}`, 400],
  ])('answers %s with %i and no stack trace', async (path, status) => {
    const res = await fetch(`${base}${path}`, manual);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).not.toMatch(/at .*\.ts/);
  });

  it('rejects other methods with 405', async () => {
    const res = await fetch(`${base}${pathOf()}`, { ...manual, method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });

  it('answers 500 without details when the lookup fails', async () => {
    const failingHandler = createImageHandlerFor(
      async () => {
        throw new Error('connection refused at db.ts:12');
      },
      { onError: () => {} },
    );
    const failing = await serve(failingHandler);
    const res = await fetch(`${failing.base}${pathOf()}`, manual);
    expect(res.status).toBe(500);
    expect(await res.text()).toBe('Internal error\n');
    await failing.close();
    await failingHandler.close();
    expect(lookups).toBeGreaterThan(0);
  });
});

describe('image handler under load', () => {
  const rows = new Map<number, ImageSource>([[7, row]]);
  const url = (base: string, width: number) => `${base}/images/7.webp?w=${width}&v=${imageVersion(row)}`;

  it('answers 503 with Retry-After past the bounded queue, and serves the rest', async () => {
    const release: Array<() => void> = [];
    const loaded = createImageHandlerFor(async (id) => rows.get(id) ?? null, {
      onError: () => {},
      encoding: { concurrency: 1, maxQueue: 2, timeoutMs: 10_000 },
      encode: () => new Promise<Buffer>((resolve) => release.push(() => resolve(Buffer.from('img')))),
    });
    const server = await serve(loaded);
    const widths = [96, 160, 240, 320, 360, 480];
    const settled: Response[] = [];
    const pending = widths.map((width) =>
      fetch(url(server.base, width), manual).then((res) => (settled.push(res), res)),
    );
    // One takes the slot, two wait; the other three are refused at once.
    await vi.waitFor(() => expect(settled).toHaveLength(3), { timeout: 5_000 });
    for (const res of settled) {
      expect(res.status).toBe(503);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
    expect(release).toHaveLength(1);
    const releasing = setInterval(() => release.splice(0).forEach((done) => done()), 10);
    const statuses = (await Promise.all(pending)).map((res) => res.status).sort();
    clearInterval(releasing);
    expect(statuses).toEqual([200, 200, 200, 503, 503, 503]);
    await server.close();
    await loaded.close();
  });

  it('answers 503 with Retry-After when an encode takes too long, and never hangs', async () => {
    const stuck = createImageHandlerFor(async (id) => rows.get(id) ?? null, {
      onError: () => {},
      encoding: { concurrency: 1, maxQueue: 4, timeoutMs: 200 },
      encode: () => new Promise<Buffer>(() => {}),
    });
    const server = await serve(stuck);
    const started = Date.now();
    const responses = await Promise.all([640, 828].map((width) => fetch(url(server.base, width), manual)));
    expect(responses.map((res) => res.status)).toEqual([503, 503]);
    expect(responses.every((res) => Number(res.headers.get('retry-after')) > 0)).toBe(true);
    expect(Date.now() - started).toBeLessThan(5_000);
    await server.close();
    await stuck.close();
  });

  it('encodes in worker threads', async () => {
    const pooled = createImageHandlerFor(async (id) => rows.get(id) ?? null, {
      onError: () => {},
      // The first encode starts a worker and loads sharp in it: on a loaded CI machine that took
      // over 5 s (a 503). What this test proves is the worker, not the speed.
      encoding: { concurrency: 1, maxQueue: 0, timeoutMs: 20_000 },
    });
    const server = await serve(pooled);
    const res = await fetch(url(server.base, 1080), manual);
    expect(res.status).toBe(200);
    expect((await sharp(Buffer.from(await res.arrayBuffer())).metadata()).width).toBe(1080);
    expect(pooled.encoderThreads()).toBeGreaterThan(0);
    await server.close();
    await pooled.close();
  });
});
