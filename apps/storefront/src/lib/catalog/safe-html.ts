import 'server-only';
import sanitizeHtml from 'sanitize-html';

/**
 * Product and collection descriptions are HTML written by staff. A page cached at the edge is
 * served to everyone, so a script in one description would run for every shopper: only
 * formatting survives.
 */
export function safeDescriptionHtml(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: [
      'p',
      'br',
      'strong',
      'b',
      'em',
      'i',
      'u',
      'ul',
      'ol',
      'li',
      'h2',
      'h3',
      'h4',
      'blockquote',
      'a',
      'span',
    ],
    // `rel` is ours (set below); it was missing from this list, so the transform's value was dropped.
    allowedAttributes: { a: ['href', 'title', 'rel'] },
    allowedSchemes: ['https', 'http', 'mailto'],
    allowProtocolRelative: false,
    transformTags: { a: (tagName, attribs) => ({ tagName, attribs: linkAttributes(attribs) }) },
  });
}

/**
 * Our `rel` on every link, and no href that starts with two slashes of either kind (`//host`,
 * `/\host`): browsers take those to another site although they read like a path on the shop.
 */
function linkAttributes(attribs: Record<string, string>): Record<string, string> {
  const { href, ...rest } = attribs;
  // eslint-disable-next-line no-control-regex -- browsers skip leading control characters in a URL
  const offSite = href !== undefined && /^[\s\u0000-\u001f]*[/\\]{2}/.test(href);
  return { ...rest, ...(href !== undefined && !offSite ? { href } : {}), rel: 'noopener nofollow' };
}
