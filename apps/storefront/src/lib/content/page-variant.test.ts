import { describe, expect, it } from 'vitest';
import { bucketFromHeader, parseBucketSegment, variantFor } from './page-variant';

describe('bucketFromHeader', () => {
  it("turns the edge's 0-99 bucket into a decile", () => {
    expect(bucketFromHeader('0')).toBe(0);
    expect(bucketFromHeader('9')).toBe(0);
    expect(bucketFromHeader('10')).toBe(1);
    expect(bucketFromHeader('55')).toBe(5);
    expect(bucketFromHeader('99')).toBe(9);
  });

  it('falls back to 0 when absent or not a 0-99 integer', () => {
    for (const value of [null, '', '100', '-1', '5.5', ' 5', 'abc', '007', '1e1']) {
      expect(bucketFromHeader(value), String(value)).toBe(0);
    }
  });
});

describe('parseBucketSegment', () => {
  it('accepts exactly one digit', () => {
    expect(parseBucketSegment('0')).toBe(0);
    expect(parseBucketSegment('9')).toBe(9);
    for (const segment of ['10', '', 'a', '01', 'default', '-1']) expect(parseBucketSegment(segment)).toBeNull();
  });
});

describe('variantFor', () => {
  it('asks no variant when no test runs', () => {
    expect(variantFor(3, null)).toBeNull();
  });

  it("gives 'b' to the buckets under the split and 'a' to the rest", () => {
    expect(variantFor(0, 10)).toBe('b');
    expect(variantFor(1, 10)).toBe('a');
    expect(variantFor(4, 50)).toBe('b');
    expect(variantFor(5, 50)).toBe('a');
    expect(variantFor(8, 90)).toBe('b');
    expect(variantFor(9, 90)).toBe('a');
  });

  it('shows b to exactly split% of the 100 edge buckets', () => {
    for (let split = 10; split <= 90; split += 10) {
      let b = 0;
      for (let n = 0; n < 100; n++) if (variantFor(bucketFromHeader(String(n)), split) === 'b') b++;
      expect(b).toBe(split);
    }
  });
});
