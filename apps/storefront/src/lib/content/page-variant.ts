// Which version of a page a shopper sees. The edge gives each shopper a sticky bucket 0-99 (the
// `shop_ab` cookie) and sends it as `x-ab-bucket`; the proxy folds it into a decile 0-9, which
// becomes a path segment (`/pages/<handle>/<decile>`), so Next.js caches at most ten copies of a
// page, and a page under test shows version `b` to the deciles below its split.

export type PageVariant = 'a' | 'b';

export function isPageVariant(value: unknown): value is PageVariant {
  return value === 'a' || value === 'b';
}

/** The request header the edge sets from the shopper's bucket cookie. */
export const BUCKET_HEADER = 'x-ab-bucket';

/** `'0'`-`'99'` → 0-9; anything else (absent, forged, malformed) → 0. */
export function bucketFromHeader(value: string | null): number {
  if (value === null || !/^(0|[1-9]\d?)$/.test(value)) return 0;
  return Math.floor(Number(value) / 10);
}

/** The route segment the proxy writes: exactly one digit, else null (the page answers 404). */
export function parseBucketSegment(segment: string): number | null {
  return /^\d$/.test(segment) ? Number(segment) : null;
}

/** With a test running at `splitPercent` (10-90), deciles below it see `b`; without one, no variant. */
export function variantFor(bucket: number, splitPercent: number | null | undefined): PageVariant | null {
  if (splitPercent == null) return null;
  return bucket * 10 < splitPercent ? 'b' : 'a';
}
