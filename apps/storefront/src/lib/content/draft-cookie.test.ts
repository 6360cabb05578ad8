import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftCookieChecker } from './draft-cookie';

function appDir(manifest: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'draft-cookie-'));
  mkdirSync(join(dir, '.next'));
  writeFileSync(join(dir, '.next', 'prerender-manifest.json'), JSON.stringify(manifest));
  return dir;
}

describe('draftCookieChecker', () => {
  it("accepts only this build's draft-mode value: a forged or stale one is no draft", () => {
    const isDraft = draftCookieChecker(appDir({ preview: { previewModeId: 'abc123' } }));
    expect(isDraft('abc123')).toBe(true);
    expect(isDraft('0123456789abcdef')).toBe(false);
    expect(isDraft(undefined)).toBe(false);
  });

  it('takes any value when the build cannot be read (next dev), as before', () => {
    const isDraft = draftCookieChecker(join(tmpdir(), 'no-such-app'));
    expect(isDraft('whatever')).toBe(true);
    expect(isDraft(undefined)).toBe(false);
  });
});
