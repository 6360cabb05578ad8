import { describe, expect, it } from 'vitest';
import { isAuthorised, parseRevalidateBody } from './revalidate-request';

const secret = 's'.repeat(40);

describe('isAuthorised', () => {
  it('accepts the exact bearer secret only', () => {
    expect(isAuthorised(`Bearer ${secret}`, secret)).toBe(true);
    expect(isAuthorised(`Bearer ${secret}x`, secret)).toBe(false);
    expect(isAuthorised(secret, secret)).toBe(false);
    expect(isAuthorised(null, secret)).toBe(false);
  });

  it('refuses everything when no secret is configured', () => {
    expect(isAuthorised('Bearer ', undefined)).toBe(false);
  });
});

describe('parseRevalidateBody', () => {
  it('takes a list of tags', () => {
    expect(parseRevalidateBody({ tags: ['product:1', 'listings'] })).toEqual({
      ok: true,
      body: { tags: ['product:1', 'listings'] },
    });
  });

  it('explains what is wrong', () => {
    const missing = parseRevalidateBody({});
    expect(missing.ok).toBe(false);
    const bad = parseRevalidateBody({ tags: ['not a tag'] });
    expect(bad.ok === false && bad.message).toMatch(/tags\.0/);
    expect(parseRevalidateBody({ tags: [] }).ok).toBe(false);
    expect(parseRevalidateBody(null).ok).toBe(false);
  });
});
