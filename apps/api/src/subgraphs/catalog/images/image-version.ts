import { createHash } from 'node:crypto';
import type { ImageArt } from '../tables.js';

// The `v` in an image URL: a hash of everything the pixels depend on, so an edited image gets a
// new URL and every URL can be cached as immutable. Images have no updated-at column, and a hash
// also changes when only the drawing code does (bump DRAWING_REVISION in that case).

const DRAWING_REVISION = 2;

export interface VersionedImage {
  width: number;
  height: number;
  altText: string | null;
  art: ImageArt;
}

/** JSON with object keys sorted, so the same art read back from jsonb hashes the same. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A short, URL-safe version of an image (72 bits of SHA-256). */
export function imageVersion(image: VersionedImage): string {
  const content = stableJson([DRAWING_REVISION, image.width, image.height, image.altText, image.art]);
  return createHash('sha256').update(content).digest('base64url').slice(0, 12);
}
