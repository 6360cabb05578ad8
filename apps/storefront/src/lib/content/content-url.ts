/**
 * A link target written by a marketer (hero button, banner, menu item), checked again on render:
 * the API refuses anything but a path on the shop or an https URL on save, and a row written
 * around it (straight into the database, an old bug) must still not put `javascript:` on a page
 * cached for everyone. Returns the URL when it is safe, else null (the link is left out).
 */
export function safeContentUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  // A path, but not `//host` or `/\host`, which browsers treat as another origin.
  if (/^\/(?![/\\])[^\s]*$/.test(url)) return url;
  if (!/^https:\/\//.test(url)) return null;
  try {
    return new URL(url).protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}
