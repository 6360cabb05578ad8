import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Whether a `__prerender_bypass` value really turns draft mode on: Next.js compares it with the
 * build's preview id (a new one each `next build`). The proxy needs to know, because it gives
 * draft renders a nonce policy: on a forged or stale cookie Next.js serves the cached page, whose
 * own hash policy would then meet the nonce one, and the two together block its scripts. The id
 * is read once from the build; without a readable build (`next dev`) any value counts, as before.
 */
export function draftCookieChecker(appDir: string): (value: string | undefined) => boolean {
  let previewModeId: string | null | undefined;
  return (value) => {
    if (!value) return false;
    if (previewModeId === undefined) previewModeId = readPreviewModeId(appDir);
    return previewModeId === null || value === previewModeId;
  };
}

function readPreviewModeId(appDir: string): string | null {
  try {
    const manifest = JSON.parse(readFileSync(join(appDir, '.next', 'prerender-manifest.json'), 'utf8')) as {
      preview?: { previewModeId?: unknown };
    };
    return typeof manifest.preview?.previewModeId === 'string' ? manifest.preview.previewModeId : null;
  } catch {
    return null;
  }
}
