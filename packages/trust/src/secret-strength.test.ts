import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { weakSecretReason } from './secret-strength.js';

it('accepts a random secret', () => {
  expect(weakSecretReason(randomBytes(32).toString('base64url'))).toBeNull();
});

it.each([
  ['a short one', 'Vb3q9LrT0xWm'],
  ['a placeholder', 'change-me-change-me-change-me-change-me'],
  ['an example', 'replace-with-a-long-random-example-value'],
  ['a typed one', 'a'.repeat(40)],
])('refuses %s', (_name, value) => {
  expect(weakSecretReason(value)).not.toBeNull();
});
