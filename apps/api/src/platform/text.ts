/**
 * Escapes text for HTML and XML (SVG) alike: `&#39;` is valid in both, unlike `&apos;` in HTML 4.
 * Control characters are dropped, as XML 1.0 allows them in no form at all.
 */
export function escapeMarkup(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;')
      // eslint-disable-next-line no-control-regex -- matching them is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
  );
}
