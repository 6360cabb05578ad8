import postgres from 'postgres';

const PREFIX = 'commerce_e2e_';

/**
 * Makes an empty database for this run on the server at `adminUrl` (the API migrates and
 * seeds it) and drops the ones earlier runs left behind. Returns the new database's URL.
 */
export async function createRunDatabase(adminUrl: string): Promise<{ name: string; url: string }> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    const stale = await sql<{ datname: string }[]>`select datname from pg_database where datname like ${`${PREFIX}%`}`;
    for (const { datname } of stale) await sql.unsafe(`drop database if exists "${datname}" with (force)`);
    const name = `${PREFIX}${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}_${process.pid}`;
    await sql.unsafe(`create database "${name}"`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return { name, url: url.toString() };
  } catch (error) {
    throw new Error(
      `Could not prepare a database on ${redact(adminUrl)} (set TEST_DATABASE_URL): ${(error as Error).message}`,
    );
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export async function dropRunDatabase(adminUrl: string, name: string): Promise<void> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    await sql.unsafe(`drop database if exists "${name}" with (force)`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
}
