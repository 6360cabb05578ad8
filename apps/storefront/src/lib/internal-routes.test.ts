import { describe, expect, it } from 'vitest';
import { canonicalState, encodeStateSegment } from './internal-routes';
import { normaliseListingParams } from './listing/listing-params';

const segment = (query: string) => [encodeStateSegment(new URLSearchParams(query))];

describe('canonicalState', () => {
  it('accepts the segment the proxy makes, and no segment at all', () => {
    expect(canonicalState(segment('filter.p.vendor=Acme&sort_by=manual'), normaliseListingParams)?.toString()).toBe(
      'filter.p.vendor=Acme&sort_by=manual',
    );
    expect(canonicalState(undefined, normaliseListingParams)?.toString()).toBe('');
  });

  it('refuses what the proxy would never make: junk, unsorted or extra segments', () => {
    expect(canonicalState(segment('utm_source=x'), normaliseListingParams)).toBeNull();
    expect(canonicalState(segment('sort_by=manual&filter.p.vendor=Acme'), normaliseListingParams)).toBeNull();
    expect(canonicalState(['a', 'b'], normaliseListingParams)).toBeNull();
    expect(canonicalState(['%E0%A4%A'], normaliseListingParams)).toBeNull();
  });
});
