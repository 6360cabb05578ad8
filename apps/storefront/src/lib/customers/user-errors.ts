import type { AccountFormState } from './form-state';

/** A mutation's `userErrors` entry (CustomerUserError in the contract). */
export interface CustomerUserErrorShape {
  field: readonly string[] | null;
  message: string;
  code: string | null;
}

export const UNREACHABLE_MESSAGE = 'We could not reach the shop, try again.';
const FIX_FIELDS_MESSAGE = 'Please correct the fields marked below.';

/**
 * Sorts userErrors into messages under the fields they name (the last segment of `field`, e.g.
 * `["input", "email"]` → `email`) and form-level messages for the rest. A limit
 * (TOO_MANY_ATTEMPTS) is about the whole form, whatever field it names.
 */
export function mapUserErrors<Field extends string>(
  userErrors: readonly CustomerUserErrorShape[],
  fields: readonly Field[],
): Pick<AccountFormState<Field>, 'fieldErrors' | 'message'> {
  const fieldErrors: Partial<Record<Field, string>> = {};
  const formMessages: string[] = [];
  for (const error of userErrors) {
    const name = error.field?.at(-1);
    const field = error.code !== 'TOO_MANY_ATTEMPTS' && fields.find((candidate) => candidate === name);
    if (field) fieldErrors[field] = fieldErrors[field] ? `${fieldErrors[field]} ${error.message}` : error.message;
    else if (!formMessages.includes(error.message)) formMessages.push(error.message);
  }
  const text = formMessages.join(' ') || (Object.keys(fieldErrors).length ? FIX_FIELDS_MESSAGE : null);
  return { fieldErrors, message: text ? { tone: 'error', text } : null };
}

/**
 * Words for a request that failed as a whole: the gateway refused it (GraphQL errors with
 * `extensions.code`) or did not answer. Works on any thrown value, never throws.
 */
export function requestFailureMessage(error: unknown): string {
  const codes =
    error instanceof Error && 'codes' in error && Array.isArray(error.codes) ? (error.codes as unknown[]) : [];
  if (codes.includes('THROTTLED')) return 'Too many requests right now. Wait a moment and try again.';
  if (codes.some((code) => code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED')) {
    return 'Some of what you entered could not be read. Check the fields and try again.';
  }
  return UNREACHABLE_MESSAGE;
}
