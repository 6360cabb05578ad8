import { createStaffToken as createToken } from '@commerce/devtools/staff-token';
import postgres from 'postgres';

export type StaffRole = 'MARKETER' | 'MERCHANDISER' | 'ADMIN';

/**
 * A staff member with `roles` and a live access token for them, written straight into the run's
 * database (E2E_DATABASE_URL, set by global-setup.ts); see @commerce/devtools/staff-token.
 */
export function createStaffToken(roles: readonly StaffRole[]): Promise<string> {
  return createToken(runDatabaseUrl(), roles);
}

/** The run's database, for journeys that must write what no API writes (or write around it). */
export function runDatabase() {
  return postgres(runDatabaseUrl(), { max: 1, onnotice: () => {}, connect_timeout: 5 });
}

function runDatabaseUrl(): string {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL is not set: global-setup.ts sets it for the run it starts');
  return url;
}
