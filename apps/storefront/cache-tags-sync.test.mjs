// Two storefront processes' tag state, shared through the real Upstash-REST bridge
// (apps/api/src/redis-bridge.ts) over the real Redis at 127.0.0.1:6379, database 7.
/* global process, URL, setTimeout, clearTimeout -- Node.js; lint knows no environment for .mjs */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import TagsManifestModule from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js';
import { createSyncRedis, createTagsSync } from './cache-tags-sync.mjs';

const { areTagsExpired, tagsManifest } = TagsManifestModule.default ?? TagsManifestModule;
const REPOSITORY_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const REDIS_URL = 'redis://127.0.0.1:6379/7';
const TOKEN = randomBytes(24).toString('base64url');

/** @type {import('node:child_process').ChildProcess | undefined} */
let bridge;
let bridgeUrl = '';
/** @type {import('node:child_process').ChildProcess[]} */
const started = [];

/** Starts the bridge; port 0 picks a free one, read back from its "listening" log line. */
function startBridge(port = 0) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/redis-bridge.ts'], {
    cwd: REPOSITORY_ROOT,
    env: { ...process.env, REDIS_URL, UPSTASH_REDIS_REST_TOKEN: TOKEN, REDIS_BRIDGE_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    const timeout = setTimeout(() => reject(new Error(`redis bridge did not start:\n${output}`)), 15_000);
    const read = (chunk) => {
      output += chunk;
      // Log lines are JSON whose other fields (service, version, ...) may come in any order.
      const listening = output
        .split('\n')
        .map((line) => {
          try {
            return JSON.parse(line);
          } catch {
            return null;
          }
        })
        .find((entry) => entry?.message === 'redis bridge listening' && typeof entry.url === 'string');
      if (listening) {
        clearTimeout(timeout);
        resolve({ child, url: listening.url });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`redis bridge exited (${code}):\n${output}`)));
  });
}

/** @param {import('node:child_process').ChildProcess} child */
async function stopBridge(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** SELECT 7 + FLUSHDB in plain RESP: the bridge (rightly) refuses FLUSHDB. */
function flushDatabase() {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port: 6379 });
    let replies = '';
    socket.setTimeout(5_000, () => socket.destroy(new Error('Redis at 127.0.0.1:6379: no answer within 5 s')));
    socket.once('error', reject);
    socket.once('connect', () => socket.write('*2\r\n$6\r\nSELECT\r\n$1\r\n7\r\n*1\r\n$7\r\nFLUSHDB\r\n'));
    socket.on('data', (chunk) => {
      replies += chunk;
      if (replies.startsWith('-') || replies.includes('\r\n-'))
        return socket.destroy(new Error(`Redis: ${replies.trim()}`));
      if (replies === '+OK\r\n+OK\r\n') {
        socket.end();
        resolve();
      }
    });
  });
}

/** What Next.js's FileSystemCache.revalidateTag writes into its tagsManifest. */
function revalidateLocally(manifest, tag, durations, now = Date.now()) {
  const entry = { ...manifest.get(tag), stale: now };
  if (durations.expire !== undefined) entry.expired = now + durations.expire * 1000;
  manifest.set(tag, entry);
}

async function waitFor(check, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return check();
}

function collectingLogger() {
  const lines = [];
  return { lines, warn: (line) => lines.push(line) };
}

let prefixes = 0;
/** Two instances on one key prefix, each with its own manifest (or B with Next.js's own). */
function twoInstances({ manifestB } = {}) {
  const keyPrefix = `storefront:tags:test${(prefixes += 1)}`;
  const a = { manifest: new Map(), logger: collectingLogger() };
  const b = { manifest: manifestB ?? new Map(), logger: collectingLogger() };
  a.sync = createTagsSync({
    redis: createSyncRedis(bridgeUrl, TOKEN),
    manifest: a.manifest,
    keyPrefix,
    logger: a.logger,
  });
  b.sync = createTagsSync({
    redis: createSyncRedis(bridgeUrl, TOKEN),
    manifest: b.manifest,
    keyPrefix,
    logger: b.logger,
  });
  return { a, b };
}

beforeAll(async () => {
  await flushDatabase();
  ({ child: bridge, url: bridgeUrl } = await startBridge());
}, 30_000);

afterAll(async () => {
  for (const child of started) await stopBridge(child);
});

describe('cache tags sync through Redis', () => {
  it("makes a revalidation on one instance show in the other's manifest within two seconds", async () => {
    const { a, b } = twoInstances();
    b.sync.start();
    try {
      await b.sync.poll(); // settled: nothing revalidated yet
      expect(b.manifest.has('product:42')).toBe(false);

      revalidateLocally(a.manifest, 'product:42', { expire: 0 });
      const startedAt = Date.now();
      await a.sync.publish(['product:42']);

      expect(await waitFor(() => b.manifest.has('product:42'), 2_000)).toBe(true);
      expect(Date.now() - startedAt).toBeLessThan(2_000);
      expect(b.manifest.get('product:42')).toEqual(a.manifest.get('product:42'));
      expect(b.manifest.has('product:43')).toBe(false);
      expect(a.logger.lines).toEqual([]);
      expect(b.logger.lines).toEqual([]);
    } finally {
      b.sync.stop();
    }
  });

  it("expires the other instance's pages through Next.js's own check", async () => {
    const renderedAt = Date.now() - 10_000;
    const { a, b } = twoInstances({ manifestB: tagsManifest });
    expect(areTagsExpired(['product:7', 'listings'], renderedAt)).toBe(false);

    revalidateLocally(a.manifest, 'product:7', { expire: 0 });
    await a.sync.publish(['product:7']);
    await b.sync.poll();

    expect(areTagsExpired(['product:7', 'listings'], renderedAt)).toBe(true);
    expect(areTagsExpired(['product:7'], Date.now() + 1)).toBe(false); // rendered afterwards: fresh
    tagsManifest.delete('product:7');
  });

  it('never lets a late, older revalidation replace a newer one', async () => {
    const { a, b } = twoInstances();
    const keyPrefix = `storefront:tags:test${prefixes}`;
    revalidateLocally(b.manifest, 'collection:3', { expire: 0 });
    const newer = { ...b.manifest.get('collection:3') };
    await b.sync.publish(['collection:3']);

    // A's revalidation from long ago, retried only now (say Redis was down for it).
    revalidateLocally(a.manifest, 'collection:3', { expire: 0 }, 1_000);
    await createTagsSync({
      redis: createSyncRedis(bridgeUrl, TOKEN),
      manifest: a.manifest,
      keyPrefix,
      now: () => 1_000,
    }).publish(['collection:3']);

    await b.sync.poll();
    expect(b.manifest.get('collection:3')).toEqual(newer);
    const c = new Map(); // an instance starting now
    await createTagsSync({ redis: createSyncRedis(bridgeUrl, TOKEN), manifest: c, keyPrefix }).poll();
    expect(c.get('collection:3')).toEqual(newer);
  });

  it('keeps its own revalidation over an older one that a poll in flight brings back', async () => {
    const keyPrefix = `storefront:tags:test${(prefixes += 1)}`;
    const older = new Map();
    revalidateLocally(older, 'product:5', { expire: 0 }, 1_000);
    await createTagsSync({
      redis: createSyncRedis(bridgeUrl, TOKEN),
      manifest: older,
      keyPrefix,
      now: () => 1_000,
    }).publish(['product:5']);

    // B's poll has read the older entry from Redis, but its answer arrives only after B has
    // revalidated product:5 itself.
    const redis = createSyncRedis(bridgeUrl, TOKEN);
    let pollRead = () => {};
    const read = new Promise((resolve) => (pollRead = resolve));
    let release = () => {};
    const held = new Promise((resolve) => (release = resolve));
    const slowPolls = {
      eval: async (script, keys, args) => {
        const reply = await redis.eval(script, keys, args);
        if (keys.length === 2) {
          pollRead();
          await held;
        }
        return reply;
      },
    };
    const manifest = new Map();
    const b = createTagsSync({ redis: slowPolls, manifest, keyPrefix });
    const polling = b.poll();
    await read;
    revalidateLocally(manifest, 'product:5', { expire: 0 });
    const mine = { ...manifest.get('product:5') };
    await b.publish(['product:5']);
    release();
    await polling;

    expect(manifest.get('product:5')).toEqual(mine);
  });

  it('carries on with local state while Redis is unreachable, logs once, and catches up after', async () => {
    const { a, b } = twoInstances();
    const port = Number(new URL(bridgeUrl).port);
    await stopBridge(bridge);

    revalidateLocally(a.manifest, 'product:99', { expire: 0 });
    await expect(a.sync.publish(['product:99'])).resolves.toBeUndefined();
    await expect(b.sync.poll()).resolves.toBe(0);
    await expect(b.sync.poll()).resolves.toBe(0);
    b.sync.start(); // the background poll must not throw either
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(a.manifest.get('product:99')?.stale).toBeTypeOf('number'); // local state intact
    expect(a.logger.lines).toHaveLength(1);
    expect(b.logger.lines).toHaveLength(1); // three failed polls, one line
    expect(b.logger.lines[0]).toMatch(/Redis poll failed/);

    try {
      ({ child: bridge } = await startBridge(port));
      revalidateLocally(a.manifest, 'product:100', { expire: 0 });
      await a.sync.publish(['product:100']);
      expect(await waitFor(() => b.manifest.has('product:100'), 2_000)).toBe(true);
      // The publish that failed during the outage was retried by A's next poll.
      await a.sync.poll();
      expect(await waitFor(() => b.manifest.has('product:99'), 2_000)).toBe(true);
      expect(b.logger.lines.at(-1)).toMatch(/reachable again/);
    } finally {
      b.sync.stop();
    }
  }, 20_000);
});
