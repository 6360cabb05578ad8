import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderImageSvg } from './image-art.js';
import { createImageHandlerFor, fitImageSize, imagePath, type ImageSource } from './image-service.js';

const art = { background: '#e3eef9', foreground: '#2f6fb3', label: 'Sneakers', shape: 'circle' } as const;

describe('renderImageSvg', () => {
  it('is a standalone, accessible SVG of the requested size', () => {
    const svg = renderImageSvg(art, 600, 750, 'Canvas Sneakers in Blue, front view');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="600" height="750" viewBox="0 0 600 750" role="img">/);
    expect(svg).toContain('<title>Canvas Sneakers in Blue, front view</title>');
    expect(svg).toContain('>Sneakers</text>');
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('escapes text and refuses colours that are not hex', () => {
    const svg = renderImageSvg(
      { background: 'red"/><script>alert(1)</script>', foreground: '#fff', label: '<b>&', shape: 'stripes' },
      400, 400, 'Tom & "Jerry" <3',
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

describe('imagePath', () => {
  it('builds the path with extension and bounds', () => {
    expect(imagePath(12)).toBe('/images/12.svg');
    expect(imagePath(12, { maxWidth: 400, preferredContentType: 'WEBP' })).toBe('/images/12.webp?w=400');
    expect(imagePath(12, { maxWidth: null, maxHeight: 300, preferredContentType: 'JPG' })).toBe('/images/12.jpg?h=300');
    expect(imagePath(3, { maxWidth: 99999, maxHeight: 0, preferredContentType: 'AVIF' })).toBe('/images/3.avif?w=5760&h=1');
  });

  it('fits within bounds without upscaling', () => {
    expect(fitImageSize(1200, 1500)).toEqual({ width: 1200, height: 1500 });
    expect(fitImageSize(1200, 1500, 600)).toEqual({ width: 600, height: 750 });
    expect(fitImageSize(1200, 1500, 600, 300)).toEqual({ width: 240, height: 300 });
    expect(fitImageSize(1200, 1500, 5000, 5000)).toEqual({ width: 1200, height: 1500 });
  });
});

describe('image handler', () => {
  const rows = new Map<number, ImageSource>([[7, { id: 7, width: 1200, height: 1500, altText: 'Blue sneakers', art }]]);
  let lookups = 0;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    const handler = createImageHandlerFor(async (id) => {
      lookups += 1;
      return rows.get(id) ?? null;
    }, { onError: () => {} });
    server = createServer((req, res) => void handler(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('serves SVG with long-lived caching and an ETag', async () => {
    const res = await fetch(`${base}/images/7.svg`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('etag')).toMatch(/^".+"$/);
    expect(await res.text()).toContain('width="1200" height="1500"');
  });

  it.each([
    ['webp', 'image/webp', 'webp'],
    ['avif', 'image/avif', 'heif'],
    ['jpg', 'image/jpeg', 'jpeg'],
    ['png', 'image/png', 'png'],
  ])('encodes %s within the requested bounds', async (ext, contentType, sharpFormat) => {
    const res = await fetch(`${base}/images/7.${ext}?w=200`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(contentType);
    const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual([sharpFormat, 200, 250]);
  });

  it('never upscales', async () => {
    const res = await fetch(`${base}/images/7.png?w=5760&h=5760`);
    const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
    expect([meta.width, meta.height]).toEqual([1200, 1500]);
  });

  it('answers 304 to a matching If-None-Match and HEAD without a body', async () => {
    const first = await fetch(`${base}/images/7.webp?h=100`);
    const etag = first.headers.get('etag')!;
    const again = await fetch(`${base}/images/7.webp?h=100`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    const head = await fetch(`${base}/images/7.webp?h=100`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBe((await first.arrayBuffer()).byteLength);
    expect(await head.text()).toBe('');
  });

  it('serves concurrent identical requests with the same bytes', async () => {
    const bodies = await Promise.all(Array.from({ length: 5 }, async () =>
      Buffer.from(await (await fetch(`${base}/images/7.avif?w=123`)).arrayBuffer()).toString('base64')));
    expect(new Set(bodies).size).toBe(1);
  });

  it.each([
    ['/images/8.svg', 404],
    ['/images/7.gif', 404],
    ['/images/abc.png', 404],
    ['/images/07.png', 404],
    ['/images/7.png?w=0', 400],
    ['/images/7.png?w=5761', 400],
    ['/images/7.png?h=12.5', 400],
    ['/images/7.png?w=', 400],
  ])('answers %s with %i and no stack trace', async (path, status) => {
    const res = await fetch(`${base}${path}`);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).not.toMatch(/at .*\.ts/);
  });

  it('rejects other methods with 405', async () => {
    const res = await fetch(`${base}/images/7.svg`, { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });

  it('answers 500 without details when the lookup fails', async () => {
    const handler = createImageHandlerFor(async () => {
      throw new Error('connection refused at db.ts:12');
    }, { onError: () => {} });
    const failing = createServer((req, res) => void handler(req, res));
    await new Promise<void>((resolve) => failing.listen(0, '127.0.0.1', resolve));
    const res = await fetch(`http://127.0.0.1:${(failing.address() as AddressInfo).port}/images/7.svg`);
    expect(res.status).toBe(500);
    expect(await res.text()).toBe('Internal error\n');
    await new Promise<void>((resolve) => failing.close(() => resolve()));
    expect(lookups).toBeGreaterThan(0);
  });
});
