// Whether a secret is one a person typed or copied from an example: shared by the API's and the
// storefront's settings checks, so both refuse the same weak secrets in a deployment.

// Words that only a copied example or a placeholder contains; long enough never to turn up in a
// random base64url secret by chance.
const PLACEHOLDER = /change-?me|placeholder|example|replace|secret|password|insecure|development|localhost/i;
// A random 32-character secret has about 25 distinct characters; a typed one ("aaaa…", "1234…") has few.
const MIN_DISTINCT_CHARACTERS = 12;

/** Why `value` is no secret to deploy with, or null when it looks random. */
export function weakSecretReason(value: string): string | null {
  if (value.length < 32) return 'is shorter than 32 characters';
  if (PLACEHOLDER.test(value) || new Set(value).size < MIN_DISTINCT_CHARACTERS)
    return 'looks like a placeholder: use 32+ random characters (e.g. openssl rand -base64 32)';
  return null;
}
