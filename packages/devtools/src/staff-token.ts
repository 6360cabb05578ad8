import { createHash, randomBytes } from 'node:crypto';
import postgres from 'postgres';

/**
 * A staff member with `roles` and a live access token for them, written straight into the
 * database at `databaseUrl` (an e2e run's or a bench's): the API has no staff sign-up, and
 * `DEV_STAFF` prints its password instead of handing it over. The token is stored as the API
 * stores its own (SHA-256, base64url), so the gateway resolves it like any other.
 */
export async function createStaffToken(databaseUrl: string, roles: readonly string[]): Promise<string> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    const [member] = await sql<{ id: string }[]>`
      insert into customers.staff (email, password_hash, roles)
      values (${`staff-${randomBytes(6).toString('hex')}@example.com`}, 'no-sign-in', ${`{${roles.join(',')}}`}::text[])
      returning id`;
    const token = randomBytes(32).toString('base64url');
    await sql`
      insert into customers.access_tokens (token_hash, subject_kind, subject_id, expires_at)
      values (${createHash('sha256').update(token).digest('base64url')}, 'staff', ${member!.id}, now() + interval '1 hour')`;
    return token;
  } finally {
    await sql.end({ timeout: 5 });
  }
}
