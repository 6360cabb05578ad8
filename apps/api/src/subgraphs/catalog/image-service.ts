import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { availableParallelism } from 'node:os';
import { imageWidthAtMost, nearestImageWidth } from '@commerce/schema';
import type { Db } from '../../platform/db/client.js';
import { log } from '../../platform/log.js';
import { renderImageSvg } from './image-art.js';
import { createEncodePool, type EncodeImage } from './images/encode-pool.js';
import { createEncodeQueue, EncodeUnavailable, type EncodeLimits } from './images/encode-queue.js';
import { imageVersion } from './images/image-version.js';
import { findImagesByIds } from './repository.js';
import type { ImageArt } from './tables.js';

// Serves `/images/<id>.<svg|webp|jpg>?w=&v=`: the image drawn as SVG, or encoded by sharp in a
// worker pool. Only the URLs the catalog hands out are served: widths from the shared list
// (@commerce/schema; others redirect to the nearest), the formats the storefront uses (SVG,
// WebP for next/image, JPEG for Open Graph; AVIF and PNG redirect to WebP: AVIF took 2.25 s to
// encode at 1600 px), no height (`h`, from URLs handed out before, redirects to the width it
// stands for) and the image's current version `v` (others redirect to it, briefly cached). So
// every 200 is cacheable as immutable, a stranger cannot make the service encode more than
// (images × widths × 2 raster formats), an encoded result is kept in memory so a hot image is
// encoded once per process, and encodes are bounded (encode-queue.ts). There is no per-client
// cap on encodes: behind the edge the service sees the edge's address, not the shopper's.

export type ImageFormat = 'svg' | 'webp' | 'jpg';
/** Formats once served, now redirected to WebP (the contract's ImageContentType keeps them). */
type RetiredFormat = 'avif' | 'png';
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
  /** Bounds on encoding; defaults leave a core to the GraphQL server. */
  encoding?: Partial<EncodeLimits>;
  /** Replaces the worker pool (tests). */
  encode?: EncodeImage;
}

export type ImageHandler = ((req: IncomingMessage, res: ServerResponse) => Promise<void>) & {
  /** Threads the encode pool has started. */
  encoderThreads(): number;
  close(): Promise<void>;
};

const PATH = /\/images\/([1-9][0-9]{0,15})\.(svg|webp|avif|jpg|png)$/;
const RETIRED_FORMATS = new Set<string>(['avif', 'png'] satisfies RetiredFormat[]);
// Any whole number is redirected to the nearest served size; five digits are plenty for that.
const DIMENSION = /^[1-9][0-9]{0,4}$/;
const VERSION = /^[\w-]{1,64}$/;
const PARAMS = new Set(['w', 'h', 'v']);
const CONTENT_TYPES: Record<ImageFormat, string> = {
  svg: 'image/svg+xml',
  webp: 'image/webp',
  jpg: 'image/jpeg',
};
const EXTENSIONS: Record<PreferredContentType, ImageFormat> = { WEBP: 'webp', AVIF: 'webp', JPG: 'jpg', PNG: 'webp' };
const CACHE_CONTROL = 'public, max-age=31536000, immutable';
// A size redirect within the current version never changes; a version redirect does when the image is edited.
const SIZE_REDIRECT_CACHE_CONTROL = 'public, max-age=86400';
const VERSION_REDIRECT_CACHE_CONTROL = 'public, max-age=60';
const RETRY_AFTER_SECONDS = '2';

/** The image fields a URL depends on. */
export type ImageRef = Pick<ImageSource, 'id' | 'width' | 'height' | 'altText' | 'art'>;

function buildPath(image: ImageRef, ext: ImageFormat, w: number | undefined): string {
  const query = new URLSearchParams();
  if (w) query.set('w', String(w));
  query.set('v', imageVersion(image));
  return `/images/${image.id}.${ext}?${query}`;
}

/**
 * The served width for bounds: a height bound is a width bound at the image's aspect ratio, and
 * the result is the largest served width not above the smaller bound (the smallest served width
 * when below them all). Undefined when there is no bound.
 */
function servedWidth(image: ImageRef, maxWidth: number | undefined, maxHeight: number | undefined): number | undefined {
  const fromHeight = maxHeight !== undefined && image.height > 0 ? (maxHeight * image.width) / image.height : undefined;
  const bound = Math.min(maxWidth ?? Infinity, fromHeight ?? Infinity);
  return Number.isFinite(bound) ? imageWidthAtMost(bound) : undefined;
}

/**
 * The versioned path of an image, for resolvers to prefix with the media base URL. Bounds become
 * the largest served size not above them (the smallest served size when below them all).
 */
export function imagePath(
  image: ImageRef,
  transform: {
    maxWidth?: number | null;
    maxHeight?: number | null;
    preferredContentType?: PreferredContentType | null;
  } = {},
): string {
  const ext = transform.preferredContentType ? EXTENSIONS[transform.preferredContentType] : 'svg';
  const bound = (value: number | null | undefined) => (value != null && Number.isFinite(value) ? value : undefined);
  return buildPath(image, ext, servedWidth(image, bound(transform.maxWidth), bound(transform.maxHeight)));
}

/** The size to draw: within the requested bounds, same aspect ratio, never larger than the original. */
export function fitImageSize(
  width: number,
  height: number,
  maxWidth?: number,
  maxHeight?: number,
): { width: number; height: number } {
  const scale = Math.min(1, maxWidth ? maxWidth / width : 1, maxHeight ? maxHeight / height : 1);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
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

/** Default bounds: one core left to GraphQL, a short queue, and 5 s from admission to bytes. */
export function defaultEncodeLimits(): EncodeLimits {
  return { concurrency: Math.max(1, availableParallelism() - 1), maxQueue: 16, timeoutMs: 5_000 };
}

type Parsed =
  | { ok: false; status: 400 | 404; message: string }
  | { ok: true; id: number; format: ImageFormat; w?: number; h?: number; v?: string; canonical: boolean };
// `h` is kept as asked (a bound, turned into a width once the image's aspect ratio is known).

/** Reads the URL without touching the database: 404 for a path that is no image, 400 for bad parameters. */
function parseImageUrl(rawUrl: string): Parsed {
  const url = new URL(rawUrl, 'http://localhost');
  const match = PATH.exec(url.pathname);
  const id = match ? Number(match[1]) : NaN;
  if (!match || !Number.isSafeInteger(id)) return { ok: false, status: 404, message: 'Not found' };
  const retired = RETIRED_FORMATS.has(match[2]!);
  const parsed: Parsed = { ok: true, id, format: retired ? 'webp' : (match[2] as ImageFormat), canonical: !retired };
  for (const name of new Set(url.searchParams.keys())) {
    if (!PARAMS.has(name)) {
      parsed.canonical = false; // Unknown keys (cache busters) are dropped by a redirect.
      continue;
    }
    const values = url.searchParams.getAll(name);
    const value = values[0]!;
    if (values.length > 1) return { ok: false, status: 400, message: `Bad request: ${name} given twice` };
    if (name === 'v') {
      if (!VERSION.test(value)) return { ok: false, status: 400, message: 'Bad request: v is not a version' };
      parsed.v = value;
      continue;
    }
    if (!DIMENSION.test(value))
      return { ok: false, status: 400, message: `Bad request: ${name} must be a whole number` };
    if (name === 'h') {
      parsed.canonical = false; // No URL handed out carries a height any more.
      parsed.h = Number(value);
      continue;
    }
    const size = nearestImageWidth(Number(value));
    if (size !== Number(value)) parsed.canonical = false;
    parsed.w = size;
  }
  return parsed;
}

export function createImageHandlerFor(findImage: FindImage, options: ImageHandlerOptions = {}): ImageHandler {
  const cache = createLru(options.maxEntries ?? 500, options.maxBytes ?? 64 * 1024 * 1024);
  const inFlight = new Map<string, Promise<Buffer>>();
  const defaults = defaultEncodeLimits();
  const limits: EncodeLimits = {
    concurrency: options.encoding?.concurrency ?? defaults.concurrency,
    maxQueue: options.encoding?.maxQueue ?? defaults.maxQueue,
    timeoutMs: options.encoding?.timeoutMs ?? defaults.timeoutMs,
  };
  const admit = createEncodeQueue(limits);
  // The pool starts its threads on the first encode, so a handler that never encodes costs none.
  let pool: ReturnType<typeof createEncodePool> | undefined;
  const encode: EncodeImage =
    options.encode ??
    ((job) => (pool ??= createEncodePool({ threads: limits.concurrency, timeoutMs: limits.timeoutMs })).encode(job));
  const onError = options.onError ?? ((error: unknown) => log.error('image service failed', { error }));

  function encodeOnce(key: string, produce: () => Promise<Buffer>): Promise<Buffer> {
    const cached = cache.get(key);
    if (cached) return Promise.resolve(cached);
    let pending = inFlight.get(key);
    if (!pending) {
      pending = admit(produce)
        .then((body) => {
          cache.set(key, body);
          return body;
        })
        .finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    return pending;
  }

  async function handleImage(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
      }
      const parsed = parseImageUrl(req.url ?? '/');
      if (!parsed.ok) return sendText(res, parsed.status, parsed.message);
      const { id, format } = parsed;

      const image = await findImage(id);
      if (!image) return sendText(res, 404, 'Not found');
      const current = imageVersion(image);
      if (parsed.v !== current || !parsed.canonical) {
        const location = buildPath(
          image,
          format,
          parsed.h === undefined ? parsed.w : servedWidth(image, parsed.w, parsed.h),
        );
        const sizeOnly = parsed.v === current;
        res.writeHead(sizeOnly ? 308 : 302, {
          Location: location,
          'Cache-Control': sizeOnly ? SIZE_REDIRECT_CACHE_CONTROL : VERSION_REDIRECT_CACHE_CONTROL,
        });
        return void res.end();
      }

      const { width, height } = fitImageSize(image.width, image.height, parsed.w);
      // The ETag covers everything the bytes depend on, so an edited image gets a new one.
      const etag = `"${createHash('sha1')
        .update(JSON.stringify([current, format, width, height]))
        .digest('base64url')}"`;
      const headers = { ETag: etag, 'Cache-Control': CACHE_CONTROL };
      if (matchesEtag(req.headers['if-none-match'], etag)) {
        res.writeHead(304, headers);
        return void res.end();
      }

      const svg = renderImageSvg(image.art, width, height, image.altText);
      const body =
        format === 'svg' ? Buffer.from(svg) : await encodeOnce(etag, () => encode({ svg, format, width, height }));
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
      if (error instanceof EncodeUnavailable) {
        if (!res.headersSent) return sendText(res, 503, 'Busy, retry later', { 'Retry-After': RETRY_AFTER_SECONDS });
        return void res.destroy();
      }
      onError(error);
      if (!res.headersSent) sendText(res, 500, 'Internal error');
      else res.destroy();
    }
  }

  return Object.assign(handleImage, {
    encoderThreads: () => pool?.threads() ?? 0,
    close: async () => {
      await pool?.close();
    },
  });
}

/** The handler the catalog subgraph mounts under `/images/`. */
export function createImageHandler(db: Db, encoding?: Partial<EncodeLimits>): ImageHandler {
  return createImageHandlerFor(async (id) => (await findImagesByIds(db, [id]))[0] ?? null, { encoding });
}
