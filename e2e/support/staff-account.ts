import { randomBytes } from 'node:crypto';
import { runDatabase, type StaffRole } from './staff.js';

/** The password of every account createStaffAccount makes (the hash below is of it). */
export const STAFF_PASSWORD = 'studio-marketer-pass-1';
// Argon2id with the API's parameters (apps/api/src/subgraphs/customers/passwords.ts), made once
// with @node-rs/argon2: the e2e package talks to the API over HTTP only and has no argon2 itself.
const STAFF_PASSWORD_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$q/IwN+r6IpEtbHXXxL8P6Q$Ky+0FjhSGUAK0Vjqm6+Ez6UuckLMZFZ1z1PO7xRRsjY';

/**
 * A staff member who signs in with an email and STAFF_PASSWORD through the studio's form (the API
 * has no staff sign-up, and DEV_STAFF prints a random password instead of handing it over).
 */
export async function createStaffAccount(roles: readonly StaffRole[]): Promise<string> {
  const sql = runDatabase();
  try {
    const email = `studio-${randomBytes(6).toString('hex')}@example.com`;
    await sql`
      insert into customers.staff (email, password_hash, roles)
      values (${email}, ${STAFF_PASSWORD_HASH}, ${`{${roles.join(',')}}`}::text[])`;
    return email;
  } finally {
    await sql.end({ timeout: 5 });
  }
}
