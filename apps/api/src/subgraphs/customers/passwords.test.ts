import { parseOptions } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import {
  checkPasswordPolicy,
  DUMMY_PASSWORD_HASH,
  hashPassword,
  PASSWORD_OPTIONS,
  verifyPassword,
} from './passwords.js';

describe('password policy', () => {
  it('wants 12 to 128 characters, counted as characters rather than UTF-16 units', () => {
    expect(checkPasswordPolicy('a'.repeat(11))?.code).toBe('TOO_SHORT');
    expect(checkPasswordPolicy('a'.repeat(12))).toBeNull();
    expect(checkPasswordPolicy('a'.repeat(128))).toBeNull();
    expect(checkPasswordPolicy('a'.repeat(129))?.code).toBe('INVALID');
    expect(checkPasswordPolicy('🔑'.repeat(12))).toBeNull();
    expect(checkPasswordPolicy('🔑'.repeat(11))?.code).toBe('TOO_SHORT');
  });
});

describe('hashing', () => {
  it('uses Argon2id with the OWASP parameters and a random salt', async () => {
    const [first, second] = await Promise.all([
      hashPassword('correct horse battery'),
      hashPassword('correct horse battery'),
    ]);
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(await verifyPassword(hash, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(hash, 'correct horse battery ')).toBe(false);
    expect(await verifyPassword(hash, 'x'.repeat(100_000))).toBe(false);
  });

  it('refuses everything for an unknown account, and a malformed stored hash', async () => {
    expect(await verifyPassword(null, 'correct horse battery')).toBe(false);
    expect(await verifyPassword('not a hash', 'correct horse battery')).toBe(false);
  });

  it('keeps the dummy hash on the same parameters as real ones, so both cost the same', () => {
    const dummy = parseOptions(DUMMY_PASSWORD_HASH);
    expect(dummy).toMatchObject({
      algorithm: PASSWORD_OPTIONS.algorithm,
      memoryCost: PASSWORD_OPTIONS.memoryCost,
      timeCost: PASSWORD_OPTIONS.timeCost,
      parallelism: PASSWORD_OPTIONS.parallelism,
    });
  });
});
