import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scriptHashesIn, shippedScriptHashes, STOREFRONT_SCRIPT_HASHES } from './bridge-scripts.js';

describe('scripts the bridge runs', () => {
  it("lists exactly the storefront tag sync's scripts", () => {
    const source = readFileSync(new URL('../../../../storefront/cache-tags-sync.mjs', import.meta.url), 'utf8');
    expect([...STOREFRONT_SCRIPT_HASHES].sort()).toEqual(scriptHashesIn(source).sort());
    expect(STOREFRONT_SCRIPT_HASHES).toHaveLength(2);
  });

  it('includes every script of @upstash/ratelimit, by the SHA-1 it sends with EVALSHA', () => {
    const hashes = shippedScriptHashes();
    // fixedWindow, slidingWindow and tokenBucket (limit and remaining), single- and multi-region, reset, deny list.
    for (const hash of [
      'b2efc02798c8e9b471a10f9b1d5745db89923ff3',
      '74740bb3d7792848093cdef586b6b6037c455fd6',
      'd60be5bd3d83482ae229309f1f7425424f891204',
      '40daf4a441df736f5c99f8b77bbe176c909e5de4',
      '54bd274ddc59fb3be0f42deee2f64322a10e2b50',
    ]) {
      expect(hashes).toContain(hash);
    }
    expect(hashes.size).toBeGreaterThanOrEqual(14);
  });
});
