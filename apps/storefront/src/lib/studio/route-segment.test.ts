import { describe, expect, it } from 'vitest';
import { decodeRouteSegment } from './route-segment';

describe('decodeRouteSegment', () => {
  it('decodes a percent-encoded segment', () => {
    expect(decodeRouteSegment('winter-sale')).toBe('winter-sale');
    expect(decodeRouteSegment('caf%C3%A9')).toBe('café');
  });

  it('gives null for malformed percent-encoding instead of throwing', () => {
    expect(decodeRouteSegment('%E0')).toBeNull();
    expect(decodeRouteSegment('%')).toBeNull();
  });
});
