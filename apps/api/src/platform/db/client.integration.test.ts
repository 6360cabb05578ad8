import { createServer, type Server, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, expect, inject, it } from 'vitest';
import { connectDatabase, type Database } from './client.js';
import { DatabaseBusyError } from './statement-gate.js';

// What a slow-statement storm meets at the pool: PostgreSQL's own timeouts, and a bounded wait.

const opened: Database[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((database) => database.close()));
});

function connect(options: Parameters<typeof connectDatabase>[1], url = inject('databaseUrl')): Database {
  const database = connectDatabase(url, options);
  opened.push(database);
  return database;
}

/** How long `work` took to settle, and its error if it failed. */
async function timed(work: Promise<unknown>): Promise<{ ms: number; error: unknown }> {
  const since = Date.now();
  try {
    await work;
    return { ms: Date.now() - since, error: null };
  } catch (error) {
    return { ms: Date.now() - since, error };
  }
}

/** The PostgreSQL error code of a failed drizzle statement. */
const pgCode = (error: unknown) =>
  (error as { code?: string; cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;

it('cancels a statement that runs past statement_timeout', async () => {
  const { db } = connect({ max: 1, statementTimeoutMs: 300 });
  const outcome = await timed(db.execute(sql`select pg_sleep(3)`));
  expect(pgCode(outcome.error)).toBe('57014'); // query_canceled
  expect(outcome.ms).toBeLessThan(2_000);
  // The connection stays usable.
  expect(await db.execute(sql`select 1 as one`)).toEqual([{ one: 1 }]);
});

it('ends a session left idle inside a transaction', async () => {
  const { db } = connect({ max: 1, idleInTransactionTimeoutMs: 300 });
  const [session] = (await db.execute(sql`select pg_backend_pid() as pid`)) as unknown as Array<{ pid: number }>;
  const outcome = await timed(
    db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
      await sleep(1_200); // the app "forgets" the open transaction
      await tx.execute(sql`select 1`);
    }),
  );
  expect(outcome.error).toBeTruthy();
  const watcher = connect({ max: 1 });
  const alive = await watcher.db.execute(sql`select 1 from pg_stat_activity where pid = ${session!.pid}`);
  expect(alive).toHaveLength(0);
});

it('refuses work at once when more statements wait than the queue holds', async () => {
  const { db } = connect({ max: 1, queueLimit: 2 });
  // One runs, two wait: the pool and its queue are full.
  let finished = 0;
  const admitted = [1, 2, 3].map(() => timed(db.execute(sql`select pg_sleep(0.4)`)).finally(() => (finished += 1)));
  const refused = await timed(db.execute(sql`select 1`));
  // Refused before the first admitted statement (0.4 s) ended, so it did not wait in the queue. A
  // wall-clock bound of 100 ms here failed on a loaded CI machine; this one is only a stall guard.
  expect(finished).toBe(0);
  expect(refused.ms).toBeLessThan(400);
  expect((refused.error as Error).cause).toBeInstanceOf(DatabaseBusyError);
  for (const outcome of await Promise.all(admitted)) expect(outcome.error).toBeNull();
  // Once they finish, there is room again.
  expect(await db.execute(sql`select 1 as one`)).toEqual([{ one: 1 }]);
});

let silent: Server;
const silentSockets = new Set<Socket>();
let silentUrl = '';
beforeAll(async () => {
  // Accepts TCP connections and never answers, like a host behind a dropped route.
  silent = createServer((socket) => {
    silentSockets.add(socket);
    socket.once('close', () => silentSockets.delete(socket));
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', () => resolve()));
  const { port } = silent.address() as { port: number };
  silentUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
});
afterAll(async () => {
  // close() waits for every connection, and a client that gave up may leave its socket open.
  for (const socket of silentSockets) socket.destroy();
  await new Promise<void>((resolve) => silent.close(() => resolve()));
});

it('gives up connecting after connect_timeout', async () => {
  const { db } = connect({ max: 1, connectTimeoutSeconds: 1 }, silentUrl);
  const outcome = await timed(db.execute(sql`select 1`));
  expect(pgCode(outcome.error)).toBe('CONNECT_TIMEOUT');
  expect(outcome.ms).toBeLessThan(3_000);
});
