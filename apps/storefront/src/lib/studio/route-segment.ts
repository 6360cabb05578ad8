/**
 * A dynamic route segment as the studio looks it up, or null when it is not valid percent-encoding
 * (`%E0`): such a URL names nothing, so the page answers 404 rather than throwing a URIError (a 500).
 */
export function decodeRouteSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
