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
    allowedAttributes: { a: ['href', 'title'] },
    allowedSchemes: ['https', 'http', 'mailto'],
    transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener nofollow' }) },
  });
}
