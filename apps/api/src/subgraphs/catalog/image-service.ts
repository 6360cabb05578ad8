import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { availableParallelism } from 'node:os';
import sharp from 'sharp';
import type { Db } from '../../platform/db/client.js';
import { log } from '../../platform/log.js';
import { renderImageSvg } from './image-art.js';
import { findImagesByIds } from './repository.js';
import type { ImageArt } from './tables.js';

// Serves `/images/<id>.<ext>?w=&h=`: the image drawn as SVG, or encoded by sharp. URLs carry
// everything that shapes the bytes, so responses are cached for a year, and an encoded result
// is kept in memory so a hot image is encoded once per process.

export type ImageFormat = 'svg' | 'webp' | 'avif' | 'jpg' | 'png';
export type PreferredContentType = 'WEBP' | 'AVIF' | 'JPG' | 'PNG';

export interface ImageSource {
  id: number;
  width: number;
  height: number;
  altText: string | null;
  art: ImageArt;
}

/** Finds an image by id; injectable so the handler can be tested without a database. */
export type FindImage = (id: number) => Promise<ImageSource | null>;

export interface ImageHandlerOptions {
  maxEntries?: number;
  maxBytes?: number;
  onError?: (error: unknown) => void;
}

const MAX_DIMENSION = 5760;
const PATH = /\/images\/([1-9][0-9]{0,15})\.(svg|webp|avif|jpg|png)$/;
const DIMENSION = /^[1-9][0-9]{0,3}$/;
const CONTENT_TYPES: Record<ImageFormat, string> = {
  svg: 'image/svg+xml', webp: 'image/webp', avif: 'image/avif', jpg: 'image/jpeg', png: 'image/png',
};
const EXTENSIONS: Record<PreferredContentType, ImageFormat> = { WEBP: 'webp', AVIF: 'avif', JPG: 'jpg', PNG: 'png' };
const CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** The path of an image, for resolvers to prefix with the media base URL. Sizes are clamped to 1–5760. */
export function imagePath(
  imageId: number,
  transform: { maxWidth?: number | null; maxHeight?: number | null; preferredContentType?: PreferredContentType | null } = {},
): string {
  const ext = transform.preferredContentType ? EXTENSIONS[transform.preferredContentType] : 'svg';
  const clamp = (value: number) => String(Math.min(MAX_DIMENSION, Math.max(1, Math.round(value))));
  const query = new URLSearchParams();
  if (transform.maxWidth != null && Number.isFinite(transform.maxWidth)) query.set('w', clamp(transform.maxWidth));
  if (transform.maxHeight != null && Number.isFinite(transform.maxHeight)) query.set('h', clamp(transform.maxHeight));
  const search = query.toString();
  return `/images/${imageId}.${ext}${search ? `?${search}` : ''}`;
}

/** The size to draw: within the requested bounds, same aspect ratio, never larger than the original. */
export function fitImageSize(width: number, height: number, maxWidth?: number, maxHeight?: number): { width: number; height: number } {
  const scale = Math.min(1, maxWidth ? maxWidth / width : 1, maxHeight ? maxHeight / height : 1);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

async function encode(svg: string, format: ImageFormat, width: number, height: number): Promise<Buffer> {
  if (format === 'svg') return Buffer.from(svg);
  const image = sharp(Buffer.from(svg)).resize(width, height, { fit: 'fill' });
  switch (format) {
    case 'webp': return image.webp({ quality: 80 }).toBuffer();
    case 'avif': return image.avif({ quality: 50 }).toBuffer();
    case 'jpg': return image.jpeg({ quality: 82, mozjpeg: true }).toBuffer();
    case 'png': return image.png().toBuffer();
  }
}

/** Least recently used first in the Map's insertion order; bounded by entries and bytes. */
function createLru(maxEntries: number, maxBytes: number) {
  const entries = new Map<string, Buffer>();
  let bytes = 0;
  return {
    get(key: string): Buffer | undefined {
      const value = entries.get(key);
      if (value) {
        entries.delete(key);
        entries.set(key, value);
      }
      return value;
    },
    set(key: string, value: Buffer): void {
      if (value.length > maxBytes || entries.has(key)) return;
      entries.set(key, value);
      bytes += value.length;
      for (const [oldest, old] of entries) {
        if (entries.size <= maxEntries && bytes <= maxBytes) break;
        entries.delete(oldest);
        bytes -= old.length;
      }
    },
  };
}

/** At most `limit` encodes at a time: sharp already uses every core for one image. */
function createLimiter(limit: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await task();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
}

function sendText(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(`${message}\n`);
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const value = tag.trim();
    return value === '*' || value.replace(/^W\//, '') === etag;
  });
}

export function createImageHandlerFor(findImage: FindImage, options: ImageHandlerOptions = {}) {
  const cache = createLru(options.maxEntries ?? 500, options.maxBytes ?? 64 * 1024 * 1024);
  const inFlight = new Map<string, Promise<Buffer>>();
  const limit = createLimiter(Math.max(1, availableParallelism()));
  const onError = options.onError ?? ((error: unknown) => log.error('image service failed', { error }));

  function encodeOnce(key: string, produce: () => Promise<Buffer>): Promise<Buffer> {
    const cached = cache.get(key);
    if (cached) return Promise.resolve(cached);
    let pending = inFlight.get(key);
    if (!pending) {
      pending = limit(produce)
        .then((body) => {
          cache.set(key, body);
          return body;
        })
        .finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    return pending;
  }

  return async function handleImage(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
      }
      const url = new URL(req.url ?? '/', 'http://localhost');
      const match = PATH.exec(url.pathname);
      const id = match ? Number(match[1]) : NaN;
      if (!match || !Number.isSafeInteger(id)) return sendText(res, 404, 'Not found');
      const format = match[2] as ImageFormat;

      const bounds: Partial<Record<'w' | 'h', number>> = {};
      for (const name of ['w', 'h'] as const) {
        const value = url.searchParams.get(name);
        if (value === null) continue;
        const size = DIMENSION.test(value) ? Number(value) : NaN;
        if (!(size <= MAX_DIMENSION)) {
          return sendText(res, 400, `Bad request: ${name} must be a whole number from 1 to ${MAX_DIMENSION}`);
        }
        bounds[name] = size;
      }

      const image = await findImage(id);
      if (!image) return sendText(res, 404, 'Not found');
      const { width, height } = fitImageSize(image.width, image.height, bounds.w, bounds.h);
      // The ETag covers everything the bytes depend on, so an edited image gets a new one.
      const fingerprint = JSON.stringify([2, format, width, height, image.art, image.altText]);
      const etag = `"${createHash('sha1').update(fingerprint).digest('base64url')}"`;
      const headers = { ETag: etag, 'Cache-Control': CACHE_CONTROL };
      if (matchesEtag(req.headers['if-none-match'], etag)) {
        res.writeHead(304, headers);
        return void res.end();
      }

      const body = await encodeOnce(etag, () => encode(renderImageSvg(image.art, width, height, image.altText), format, width, height));
      res.writeHead(200, {
        ...headers,
        'Content-Type': CONTENT_TYPES[format],
        'Content-Length': String(body.length),
        'X-Content-Type-Options': 'nosniff',
        // An SVG opened directly must not run anything, even if a future art field slipped through.
        ...(format === 'svg' ? { 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'" } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      onError(error);
      if (!res.headersSent) sendText(res, 500, 'Internal error');
      else res.destroy();
    }
  };
}

/** The handler the catalog subgraph mounts under `/images/`. */
export function createImageHandler(db: Db): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return createImageHandlerFor(async (id) => (await findImagesByIds(db, [id]))[0] ?? null);
}
