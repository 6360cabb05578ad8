import { randomBytes } from 'node:crypto';
import type { Db } from '../../platform/db/client.js';
import { unauthenticatedError } from '../../platform/graphql/errors.js';
import type { CustomerCreateInput, MailingAddressInput } from './generated/resolvers-types.js';
import type { LoginLimiter } from './login-limits.js';
import { hashPassword } from './passwords.js';
import { findStaffByEmail, insertAddress, insertCustomer, upsertStaff } from './repository.js';
import { checkAddress, checkCustomerCreate, normalizeEmail, type CustomerUserError } from './rules.js';
import type { AddressRow, CustomerRow } from './tables.js';

/** Enough for any household; it bounds what one account can store and what a page loads. */
export const MAX_ADDRESSES = 100;

export async function createCustomer(
  context: { db: Db; loginLimiter: LoginLimiter; clientIp: string | null },
  input: CustomerCreateInput,
): Promise<{ customer: CustomerRow | null; userErrors: CustomerUserError[] }> {
  const { db } = context;
  const checked = checkCustomerCreate(input);
  if (!checked.ok) return { customer: null, userErrors: checked.errors };
  // Before the hash: sign-ups cost an Argon2 hash each and would otherwise let anyone test which
  // emails are registered without the sign-in limits.
  if (!(await context.loginLimiter.allowSignUp(context.clientIp))) {
    return {
      customer: null,
      userErrors: [
        {
          field: ['input'],
          message: 'Too many sign-ups from this address; try again later.',
          code: 'TOO_MANY_ATTEMPTS',
        },
      ],
    };
  }
  const { password, ...customer } = checked.value;
  const row = await insertCustomer(db, { ...customer, passwordHash: await hashPassword(password) });
  if (!row) {
    // Says only what the form needs; the password was hashed either way, so timing tells no more.
    return {
      customer: null,
      userErrors: [{ field: ['input', 'email'], message: 'Email has already been taken.', code: 'TAKEN' }],
    };
  }
  return { customer: row, userErrors: [] };
}

export async function addCustomerAddress(
  db: Db,
  customerId: number,
  input: MailingAddressInput,
  setAsDefault: boolean,
): Promise<{ customerAddress: AddressRow | null; userErrors: CustomerUserError[] }> {
  const checked = checkAddress(input);
  if (!checked.ok) return { customerAddress: null, userErrors: checked.errors };
  const result = await insertAddress(db, customerId, checked.value, { setAsDefault, limit: MAX_ADDRESSES });
  if ('address' in result) return { customerAddress: result.address, userErrors: [] };
  // The token outlived its account.
  if (result.refused === 'NO_CUSTOMER') throw unauthenticatedError();
  return {
    customerAddress: null,
    userErrors: [{ field: ['address'], message: `At most ${MAX_ADDRESSES} addresses can be saved.`, code: 'INVALID' }],
  };
}

/**
 * Development only (`npm start`): an ADMIN staff account with a fresh random password, created
 * or reset on every start and printed to the console.
 */
export async function ensureDevStaff(db: Db, email: string): Promise<{ email: string; password: string }> {
  const password = randomBytes(18).toString('base64url');
  const row = await upsertStaff(db, {
    email: normalizeEmail(email),
    passwordHash: await hashPassword(password),
    roles: ['ADMIN'],
  });
  return { email: row.email, password };
}

/**
 * The account DEV_STAFF makes, when the database holds it: production refuses to start on such a
 * database (its password was printed on a development console, and it is an ADMIN).
 */
export async function findDevStaff(db: Db, email: string): Promise<{ email: string } | null> {
  const row = await findStaffByEmail(db, normalizeEmail(email));
  return row ? { email: row.email } : null;
}
