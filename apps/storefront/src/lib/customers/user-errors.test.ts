import { describe, expect, it } from 'vitest';
import { mapUserErrors, requestFailureMessage, UNREACHABLE_MESSAGE } from './user-errors';

const SIGN_UP_FIELDS = ['firstName', 'lastName', 'email'] as const;

describe('mapUserErrors', () => {
  it('puts a message under the field its path names', () => {
    const mapped = mapUserErrors(
      [{ field: ['input', 'email'], message: 'Email has already been taken.', code: 'TAKEN' }],
      SIGN_UP_FIELDS,
    );
    expect(mapped.fieldErrors).toEqual({ email: 'Email has already been taken.' });
    expect(mapped.message).toEqual({ tone: 'error', text: 'Please correct the fields marked below.' });
  });

  it('keeps every message for one field', () => {
    const mapped = mapUserErrors(
      [
        { field: ['address', 'city'], message: 'City is required.', code: 'INVALID' },
        { field: ['address', 'city'], message: 'City contains characters that are not allowed.', code: 'INVALID' },
      ],
      ['city'] as const,
    );
    expect(mapped.fieldErrors.city).toBe('City is required. City contains characters that are not allowed.');
  });

  it('shows errors without a known field at the form, once each', () => {
    const wrong = { field: null, message: 'Unknown email or wrong password.', code: 'UNIDENTIFIED_CUSTOMER' };
    const mapped = mapUserErrors(
      [wrong, wrong, { field: ['input', 'password'], message: 'Too weak.', code: 'INVALID' }],
      ['email'] as const,
    );
    expect(mapped).toEqual({
      fieldErrors: {},
      message: { tone: 'error', text: 'Unknown email or wrong password. Too weak.' },
    });
  });

  it('treats TOO_MANY_ATTEMPTS as a form message even when it names a field', () => {
    const mapped = mapUserErrors(
      [
        {
          field: ['input', 'email'],
          message: 'Too many sign-in attempts. Try again in a few minutes.',
          code: 'TOO_MANY_ATTEMPTS',
        },
      ],
      SIGN_UP_FIELDS,
    );
    expect(mapped).toEqual({
      fieldErrors: {},
      message: { tone: 'error', text: 'Too many sign-in attempts. Try again in a few minutes.' },
    });
  });

  it('gives no message when there are no errors', () => {
    expect(mapUserErrors([], SIGN_UP_FIELDS)).toEqual({ fieldErrors: {}, message: null });
  });
});

describe('requestFailureMessage', () => {
  const refused = (codes: string[]) => Object.assign(new Error('refused'), { codes });

  it('says the shop could not be reached when the gateway is down', () => {
    expect(requestFailureMessage(new TypeError('fetch failed'))).toBe(UNREACHABLE_MESSAGE);
    expect(requestFailureMessage(refused([]))).toBe(UNREACHABLE_MESSAGE);
    expect(requestFailureMessage('not even an error')).toBe(UNREACHABLE_MESSAGE);
  });

  it('names rate limits and unreadable input', () => {
    expect(requestFailureMessage(refused(['THROTTLED']))).toMatch(/Too many requests/);
    expect(requestFailureMessage(refused(['BAD_USER_INPUT']))).toMatch(/could not be read/);
  });
});
