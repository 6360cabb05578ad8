import { describe, expect, it } from 'vitest';
import { percentile } from './stats.js';
import { fixed, table } from './table.js';

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(sorted, 50), percentile(sorted, 99), percentile(sorted, 100), percentile(sorted, 0)]).toEqual([
      50, 99, 100, 1,
    ]);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('table', () => {
  it('left-aligns the first column, right-aligns the rest, and counts ✓ as one character', () => {
    expect(
      table([
        ['name', 'n'],
        ['a', '10'],
        ['✓ long', '2'],
      ]),
    ).toBe('name     n\n──────  ──\na       10\n✓ long   2');
    expect([fixed(1.25), fixed(2, 0), fixed(NaN)]).toEqual(['1.3', '2', 'n/a']);
  });
});
