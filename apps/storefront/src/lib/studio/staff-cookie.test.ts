import { describe, expect, it } from 'vitest';
import { STAFF_TOKEN_SECONDS, staffCookieOptions, staffTokenFrom } from './staff-cookie';
import { canEditPages, canUseStudio } from './studio-roles';

describe('staff cookie', () => {
  it('is HttpOnly, SameSite=Strict, Path=/ and lives exactly as long as the token', () => {
    expect(staffCookieOptions('2026-12-03T20:00:00.000Z', 'development')).toEqual({
      httpOnly: true,
      sameSite: 'strict',
      secure: false,
      path: '/',
      expires: new Date('2026-12-03T20:00:00.000Z'),
    });
  });

  it('falls back to the 12-hour token life when the expiry cannot be read', () => {
    expect(staffCookieOptions('not a date', 'production')).toMatchObject({ maxAge: STAFF_TOKEN_SECONDS });
    expect(staffCookieOptions('not a date', 'production')).not.toHaveProperty('expires');
    expect(STAFF_TOKEN_SECONDS).toBe(43_200);
  });

  it('is Secure everywhere but development (next dev on plain http)', () => {
    expect(staffCookieOptions('2026-12-03T20:00:00.000Z', 'production').secure).toBe(true);
    expect(staffCookieOptions('2026-12-03T20:00:00.000Z', 'test').secure).toBe(true);
  });

  it('reads only well-formed tokens', () => {
    expect(staffTokenFrom(undefined)).toBeNull();
    expect(staffTokenFrom('short')).toBeNull();
    expect(staffTokenFrom('a'.repeat(20) + ';x=1')).toBeNull();
    expect(staffTokenFrom('A1b2C3d4E5f6G7h8I9j0_-')).toBe('A1b2C3d4E5f6G7h8I9j0_-');
  });
});

describe('studio roles', () => {
  it('lets marketers, merchandisers and admins in, and nobody else', () => {
    expect(canUseStudio(['MARKETER'])).toBe(true);
    expect(canUseStudio(['MERCHANDISER'])).toBe(true);
    expect(canUseStudio(['ADMIN'])).toBe(true);
    expect(canUseStudio([])).toBe(false);
    expect(canUseStudio(['SUPPORT'])).toBe(false);
  });

  it('leaves pages to marketers and admins', () => {
    expect(canEditPages(['MERCHANDISER'])).toBe(false);
    expect(canEditPages(['MERCHANDISER', 'MARKETER'])).toBe(true);
  });
});
