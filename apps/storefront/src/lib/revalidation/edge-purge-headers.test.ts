import { describe, expect, it } from 'vitest';
import { edgePurgeHeaders } from './edge-purge-headers';

describe('edgePurgeHeaders', () => {
  it('names the tags as xkeys and carries the purge secret the edge asks for', () => {
    expect(edgePurgeHeaders(['product:1', 'listings'], 'e'.repeat(40))).toEqual({
      'xkey-purge': 'product:1 listings',
      'x-purge-secret': 'e'.repeat(40),
    });
  });

  it('sends no secret header when none is configured (the edge then refuses)', () => {
    expect(edgePurgeHeaders(['product:1'], undefined)).toEqual({ 'xkey-purge': 'product:1' });
  });
});
