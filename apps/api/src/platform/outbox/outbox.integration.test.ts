import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectDatabase, type Database } from '../db/client.js';
import { metricsRegistry } from '../http/metrics.js';
import { migrateDatabase } from '../db/migrate.js';
import { migrateQueue } from '../queue/migrate.js';
import { findQueuedJobs } from '../queue/queued-jobs.js';
import type { TaskContext } from '../../worker/task-context.js';
import { evictionTick } from './eviction-tick.js';
import { flushInvalidations, outboxTasks, pruneInvalidations, recordInvalidation } from './index.js';
import { cacheInvalidations } from './tables.js';

// A database of this file's own: a flush claims every pending row, so on the run's shared
// database it would take (and post) rows other test files record and look for.
let admin: postgres.Sql;
let database: Database;
const name = `commerce_outbox_test_${Date.now()}_${process.pid}`;

beforeAll(async () => {
  const shared = new URL(inject('databaseUrl'));
  admin = postgres({
    host: shared.hostname,
    port: Number(shared.port || 5432),
    user: decodeURIComponent(shared.username) || 'postgres',
    database: 'postgres',
    max: 1,
    onnotice: () => {},
  });
  await admin.unsafe(`create database "${name}"`);
  shared.pathname = `/${name}`;
  database = connectDatabase(shared.toString(), { max: 4 });
  await migrateDatabase(database.db);
  await migrateQueue(shared.toString());
});
afterAll(async () => {
  await database?.close();
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.end();
});

/** A stand-in for the storefront's /api/revalidate: records each request, answers `status()`. */
interface Revalidator {
  url: string;
  requests: { authorization: string | undefined; body: { tags: string[] } }[];
  status: number;
  close(): Promise<void>;
}

async function startRevalidator(): Promise<Revalidator> {
  const read = async (request: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as { tags: string[] };
  };
  const state: Omit<Revalidator, 'close'> & { server?: Server } = { url: '', requests: [], status: 200 };
  const server = createServer((request, response) => {
    void read(request).then((body) => {
      state.requests.push({ authorization: request.headers.authorization, body });
      response.writeHead(state.status, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ revalidated: body.tags }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/revalidate`;
  return Object.assign(state, {
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

const SECRET = 'a-revalidate-secret-of-32-characters-at-least';
let revalidator: Revalidator;
beforeAll(async () => {
  revalidator = await startRevalidator();
});
afterAll(() => revalidator.close());
afterEach(async () => {
  revalidator.requests.length = 0;
  revalidator.status = 200;
  // Each test starts with an empty outbox and queue.
  await database.db.delete(cacheInvalidations);
  await database.db.execute(sql`delete from graphile_worker._private_jobs`);
});

const target = () => ({ url: revalidator.url, secret: SECRET, timeoutMs: 2_000 });
const rows = () => database.db.select().from(cacheInvalidations).orderBy(cacheInvalidations.id);
const flushJobs = () => findQueuedJobs(database.db, { task: 'cache.flush-invalidations' });

describe('recordInvalidation', () => {
  it('writes nothing and enqueues nothing when the change rolls back', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await recordInvalidation(tx, ['product:1'], 'test');
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await rows()).toHaveLength(0);
    expect(await flushJobs()).toHaveLength(0);
  });

  it('writes a row and one coalesced flush job per burst when the changes commit', async () => {
    await database.db.transaction((tx) => recordInvalidation(tx, ['product:1', 'collection:2', 'product:1'], 'a'));
    await database.db.transaction((tx) => recordInvalidation(tx, ['product:3'], 'b'));
    const written = await rows();
    expect(written.map((row) => row.tags)).toEqual([['product:1', 'collection:2'], ['product:3']]);
    expect(written.every((row) => row.doneAt === null && row.pickedAt === null && row.attempts === 0)).toBe(true);
    const jobs = await flushJobs();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.key).toBe('cache.flush-invalidations');
  });

  it('refuses a tag the storefront would refuse, failing the caller', async () => {
    await expect(
      database.db.transaction((tx) => recordInvalidation(tx, ['product:1', 'Product 2; drop'], 'bad')),
    ).rejects.toThrow(/not a cache tag/);
    expect(await rows()).toHaveLength(0);
  });
});

describe('flushInvalidations', () => {
  it('posts the union of pending tags with the secret, marks the rows done, and posts nothing the second time', async () => {
    await recordInvalidation(database.db, ['product:1', 'collection:2'], 'a');
    await recordInvalidation(database.db, ['product:1', 'page:home'], 'b');

    const result = await flushInvalidations(database.db, target());
    expect(result).toEqual({ rows: 2, tags: 3, requests: 1 });
    expect(revalidator.requests).toHaveLength(1);
    expect(revalidator.requests[0]!.authorization).toBe(`Bearer ${SECRET}`);
    expect(revalidator.requests[0]!.body.tags.sort()).toEqual(['collection:2', 'page:home', 'product:1']);
    const flushed = await rows();
    for (const row of flushed) {
      expect(row.doneAt).toBeInstanceOf(Date);
      expect(row.pickedAt!.getTime()).toBeGreaterThanOrEqual(row.createdAt.getTime());
      expect(row.doneAt!.getTime()).toBeGreaterThanOrEqual(row.pickedAt!.getTime());
      expect(row.attempts).toBe(1);
    }

    expect(await flushInvalidations(database.db, target())).toEqual({ rows: 0, tags: 0, requests: 0 });
    expect(revalidator.requests).toHaveLength(1);
  });

  it('observes pickup and flush latency on the /metrics registry', async () => {
    // The exposition text, as /metrics serves it: `<name>_count <n>`.
    const count = async (name: string) =>
      Number(new RegExp(`^${name}_count (\\S+)$`, 'm').exec(await metricsRegistry.metrics())?.[1] ?? 0);
    const before = [await count('outbox_pickup_latency_seconds'), await count('outbox_flush_latency_seconds')];
    await recordInvalidation(database.db, ['product:5'], 'a');
    await recordInvalidation(database.db, ['product:6'], 'b');
    await flushInvalidations(database.db, target());
    expect([await count('outbox_pickup_latency_seconds'), await count('outbox_flush_latency_seconds')]).toEqual([
      before[0]! + 2,
      before[1]! + 2,
    ]);
    expect(await metricsRegistry.metrics()).toContain('outbox_pickup_latency_seconds_bucket');
  });

  it('splits many tags into requests of at most 100 (what the storefront accepts)', async () => {
    const tags = Array.from({ length: 250 }, (_, i) => `product:${i + 1}`);
    await recordInvalidation(database.db, tags, 'import');
    const result = await flushInvalidations(database.db, target());
    expect(result.requests).toBe(3);
    expect(revalidator.requests.map((request) => request.body.tags.length)).toEqual([100, 100, 50]);
    expect(new Set(revalidator.requests.flatMap((request) => request.body.tags)).size).toBe(250);
  });

  it('keeps the rows pending with the error when the storefront answers 500, and flushes them on the retry', async () => {
    await recordInvalidation(database.db, ['product:7'], 'price');
    revalidator.status = 500;
    await expect(flushInvalidations(database.db, target())).rejects.toThrow(/500/);
    let [row] = await rows();
    expect(row!.doneAt).toBeNull();
    expect(row!.attempts).toBe(1);
    expect(row!.lastError).toMatch(/500/);
    const pickedAt = row!.pickedAt!;

    revalidator.status = 200;
    expect(await flushInvalidations(database.db, target())).toMatchObject({ rows: 1, requests: 1 });
    [row] = await rows();
    expect(row!.doneAt).toBeInstanceOf(Date);
    expect(row!.attempts).toBe(2);
    expect(row!.lastError).toBeNull();
    // Pickup latency is the first claim's: a retry does not move it.
    expect(row!.pickedAt!.getTime()).toBe(pickedAt.getTime());
  });

  it('leaves rows another flush holds to that flush (SKIP LOCKED)', async () => {
    await recordInvalidation(database.db, ['product:8'], 'a');
    const [held] = await rows();
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`select id from ${cacheInvalidations} where id = ${held!.id} for update`);
      await recordInvalidation(database.db, ['product:9'], 'b');
      const result = await flushInvalidations(database.db, target());
      expect(result.rows).toBe(1);
      expect(revalidator.requests.map((request) => request.body.tags)).toEqual([['product:9']]);
    });
    const [stillPending] = await database.db
      .select()
      .from(cacheInvalidations)
      .where(eq(cacheInvalidations.id, held!.id));
    expect(stillPending!.doneAt).toBeNull();
  });
});

describe('flushInvalidations with a response cache', () => {
  it('evicts the union of pending tags before the storefront is told, and retries both when eviction fails', async () => {
    await recordInvalidation(database.db, ['product:11', 'collection:3'], 'a');
    await recordInvalidation(database.db, ['product:11'], 'b');
    const evicted: string[][] = [];
    let failing = true;
    const evict = async (tags: readonly string[]) => {
      evicted.push([...tags]);
      if (failing) throw new Error('redis is down');
    };
    await expect(flushInvalidations(database.db, target(), { evict })).rejects.toThrow('redis is down');
    expect(revalidator.requests).toHaveLength(0);
    expect((await rows()).every((row) => row.doneAt === null && row.lastError === 'redis is down')).toBe(true);

    failing = false;
    expect(await flushInvalidations(database.db, target(), { evict })).toMatchObject({ rows: 2, requests: 1 });
    expect(evicted).toEqual([
      ['collection:3', 'product:11'],
      ['collection:3', 'product:11'],
    ]);
    expect(revalidator.requests.map((request) => request.body.tags)).toEqual([['collection:3', 'product:11']]);
  });

  it('marks the rows done once evicted when no storefront is configured (an API serving only apps)', async () => {
    await recordInvalidation(database.db, ['page:4'], 'page');
    const evicted: string[][] = [];
    const result = await flushInvalidations(database.db, undefined, {
      evict: async (tags) => void evicted.push([...tags]),
    });
    expect(result).toEqual({ rows: 1, tags: 1, requests: 0 });
    expect(evicted).toEqual([['page:4']]);
    expect(revalidator.requests).toHaveLength(0);
    expect((await rows())[0]!.doneAt).toBeInstanceOf(Date);
  });
});

describe('the cache.flush-invalidations task', () => {
  const context = (revalidation?: { url: string; secret: string }) =>
    ({
      db: database.db,
      revalidation,
      now: () => new Date(),
      log: { info() {}, warn() {}, error() {} },
    }) as unknown as TaskContext;

  it('flushes through the worker context, and throws (graphile-worker retries with backoff) on a failure', async () => {
    await recordInvalidation(database.db, ['menu:main'], 'menu');
    revalidator.status = 503;
    await expect(outboxTasks['cache.flush-invalidations']({}, context(target()))).rejects.toThrow(/503/);
    revalidator.status = 200;
    await outboxTasks['cache.flush-invalidations']({}, context(target()));
    expect(revalidator.requests.map((request) => request.body.tags)).toEqual([['menu:main'], ['menu:main']]);
    expect((await rows())[0]!.doneAt).toBeInstanceOf(Date);
  });

  it('leaves the rows pending when no storefront is configured', async () => {
    await recordInvalidation(database.db, ['menu:footer'], 'menu');
    await outboxTasks['cache.flush-invalidations']({}, context(undefined));
    expect((await rows())[0]!.doneAt).toBeNull();
  });
});

describe('the eviction tick', () => {
  const BOUND_MS = 2_000;
  function tickWith(evict: (tags: readonly string[]) => Promise<void>) {
    const marks: number[] = [];
    const tick = () =>
      evictionTick({
        db: database.db,
        evict,
        revalidation: target(),
        stockBoundMs: BOUND_MS,
        markStockEvictionsCurrent: async (forMs) => void marks.push(forMs),
      });
    return { tick, marks };
  }

  it('takes a sale’s stock row without a job, tells only the response cache, and vouches for the bound', async () => {
    await database.db.transaction((tx) =>
      recordInvalidation(tx, ['stock:5', 'stock:6', 'product-stock:9'], 'stock', { wakeFlush: false }),
    );
    await database.db.transaction((tx) => recordInvalidation(tx, ['product:7'], 'availability'));
    expect(await flushJobs()).toHaveLength(1); // the product's; none for the sale
    const evicted: string[][] = [];
    const { tick, marks } = tickWith(async (tags) => void evicted.push([...tags]));

    const result = await tick();
    expect(result.flushed).toMatchObject({ rows: 2 });
    expect(evicted).toEqual([['product-stock:9', 'product:7', 'stock:5', 'stock:6']]);
    // The storefront shows no quantities, and hears of a flip from the availability sync's
    // `product:<n>` (once the catalog's copy follows): it is told of that product only.
    expect(revalidator.requests.map((request) => request.body.tags)).toEqual([['product:7']]);
    expect((await rows()).every((row) => row.doneAt !== null)).toBe(true);
    expect(result.lagMs).toBe(0);
    expect(marks).toHaveLength(1);
    expect(marks[0]).toBeGreaterThan(BOUND_MS - 500);
    expect(marks[0]).toBeLessThanOrEqual(BOUND_MS);
  });

  it('stops vouching once a row it cannot evict is older than the bound', async () => {
    await recordInvalidation(database.db, ['stock:8'], 'stock', { wakeFlush: false });
    const { tick, marks } = tickWith(async () => {
      throw new Error('redis is down');
    });
    const first = await tick();
    expect(first.flushed).toBeNull();
    expect(first.currentForMs).toBeLessThan(BOUND_MS);
    expect(first.currentForMs).toBeGreaterThan(0);

    await new Promise((resolve) => setTimeout(resolve, BOUND_MS + 100));
    const later = await tick();
    expect(later.lagMs).toBeGreaterThan(BOUND_MS);
    expect(later.currentForMs).toBe(0);
    expect(marks.at(-1)).toBe(0);
    expect((await rows())[0]!.doneAt).toBeNull();
  });
});

describe('pruneInvalidations', () => {
  it('deletes rows done longer ago than it keeps them, and keeps pending and recent ones', async () => {
    await recordInvalidation(database.db, ['product:1'], 'old');
    await recordInvalidation(database.db, ['product:2'], 'recent');
    await recordInvalidation(database.db, ['product:3'], 'pending');
    const [old, recent] = await rows();
    await database.db.execute(
      sql`update outbox.cache_invalidations set done_at = now() - interval '2 hours' where id = ${old!.id}`,
    );
    await database.db.execute(
      sql`update outbox.cache_invalidations set done_at = now() - interval '10 minutes' where id = ${recent!.id}`,
    );
    expect(await pruneInvalidations(database.db, 60 * 60 * 1000)).toBe(1);
    expect((await rows()).map((row) => row.reason)).toEqual(['recent', 'pending']);
  });
});
