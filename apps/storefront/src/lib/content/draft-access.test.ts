import { describe, expect, it } from 'vitest';
import { canPreview, draftTarget, isPageHandle } from './draft-access';

describe('draft access', () => {
  it('lets marketers and admins preview, nobody else', () => {
    expect(canPreview({ roles: ['MARKETER'] })).toBe(true);
    expect(canPreview({ roles: ['ADMIN'] })).toBe(true);
    expect(canPreview({ roles: ['MERCHANDISER'] })).toBe(false);
    expect(canPreview({ roles: [] })).toBe(false);
    expect(canPreview(null)).toBe(false);
  });

  it('accepts page handles only (no paths, schemes or hosts), so the redirect stays on the shop', () => {
    expect(isPageHandle('summer-sale-2026')).toBe(true);
    for (const handle of [
      '',
      '../account',
      '//evil.example',
      'https://evil.example',
      'a/b',
      'UPPER',
      'x'.repeat(101),
    ]) {
      expect(isPageHandle(handle), handle).toBe(false);
    }
  });

  it('sends home to / and other pages to /pages/<handle>', () => {
    expect(draftTarget('home')).toBe('/');
    expect(draftTarget('summer')).toBe('/pages/summer');
  });
});
