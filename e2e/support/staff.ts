import { createHash, randomBytes } from 'node:crypto';
import postgres from 'postgres';

export type StaffRole = 'MARKETER' | 'MERCHANDISER' | 'ADMIN';

/**
 * A staff member with `roles` and a live access token for them, written straight into the run's
 * database (E2E_DATABASE_URL, set by global-setup.ts): the API has no staff sign-up, and
 * `DEV_STAFF` prints its password instead of handing it over. The token is stored as the API
 * stores its own (SHA-256, base64url), so the gateway resolves it like any other.
 */
export async function createStaffToken(roles: readonly StaffRole[]): Promise<string> {
  const sql = runDatabase();
  try {
    const email = `staff-${randomBytes(6).toString('hex')}@example.com`;
    const [member] = await sql<{ id: string }[]>`
      insert into customers.staff (email, password_hash, roles)
      values (${email}, 'no-sign-in', string_to_array(${roles.join(',')}, ',')) returning id`;
    const token = randomBytes(32).toString('base64url');
    const tokenHash = createHash('sha256').update(token).digest('base64url');
    await sql`
      insert into customers.access_tokens (token_hash, subject_kind, subject_id, expires_at)
      values (${tokenHash}, 'staff', ${member!.id}, now() + interval '1 hour')`;
    return token;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** The run's database, for journeys that must write what no API writes (or write around it). */
export function runDatabase() {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL is not set: global-setup.ts sets it for the run it starts');
  return postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 5 });
}
