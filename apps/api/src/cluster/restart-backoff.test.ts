import { expect, it } from 'vitest';
import { createRestartBackoff } from './restart-backoff.js';

const options = { initialMs: 500, maxMs: 4_000, stableMs: 60_000 };

it('doubles the delay with each quick death, up to the maximum', () => {
  const backoff = createRestartBackoff(options);
  expect([1, 2, 3, 4, 5].map(() => backoff.afterDeath(100))).toEqual([500, 1_000, 2_000, 4_000, 4_000]);
});

it('starts over after a worker that ran long enough', () => {
  const backoff = createRestartBackoff(options);
  backoff.afterDeath(100);
  backoff.afterDeath(100);
  expect(backoff.afterDeath(60_000)).toBe(500);
  expect(backoff.afterDeath(100)).toBe(1_000);
});
