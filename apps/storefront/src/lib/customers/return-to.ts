/** Where a signed-in customer lands when nothing else was asked for. */
export const ACCOUNT_PATH = '/account';
export const SIGN_IN_PATH = '/account/sign-in';
export const SIGN_UP_PATH = '/account/sign-up';

const PLACEHOLDER_ORIGIN = 'http://storefront.invalid';

/**
 * The path to go to after signing in, taken from a query string or form field. Only a path on
 * this site is allowed: absolute URLs, protocol-relative `//host` and `/\host` (which browsers
 * read as `//host`) would make the sign-in form an open redirect.
 */
export function safeReturnTo(value: unknown, fallback: string = ACCOUNT_PATH): string {
  if (typeof value !== 'string' || value.length > 2048) return fallback;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
  if (!value.startsWith('/') || value.startsWith('//') || /[\\\s\u0000-\u001f\u007f]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
  // Check the result too: dot segments collapse, so `/.//evil.example` becomes `//evil.example`.
  if (url.pathname.startsWith('//') || url.pathname.includes('\\')) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** `path` carrying `returnTo` along (left out when it is the default anyway). */
export function withReturnTo(path: string, returnTo: string): string {
  return returnTo === ACCOUNT_PATH ? path : `${path}?${new URLSearchParams({ returnTo })}`;
}

/** The checked `returnTo` of a page's search params (the first one, if repeated). */
export function returnToFrom(searchParams: Record<string, string | string[] | undefined>): string {
  const value = searchParams.returnTo;
  return safeReturnTo(Array.isArray(value) ? value[0] : value);
}
