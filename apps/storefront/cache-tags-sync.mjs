// Shares tag revalidations between storefront instances (docs/adr/0006-*). Next.js decides
// whether a cached page is stale or expired from `tagsManifest`, an in-memory Map of
// tag → { stale, expired } timestamps that `revalidateTag` fills: per process. Here every
// revalidation is also recorded in Redis, and each instance polls Redis once a second in the
// background and copies what other instances revalidated into its own `tagsManifest`, so Next's
// own checks expire those pages. Serving a page never waits for Redis.
//
// In Redis (docs/adr/0005: only through @upstash/redis):
//   storefront:tags          hash   tag → {"stale":…,"expired":…,"at":…} (ms since the epoch)
//   storefront:tags:changes  zset   tag scored by the change number of its latest revalidation
//   storefront:tags:counter  string the last change number
// A revalidation takes the next change number and writes both in one script, so a poller that
// has seen change n has seen every change up to n and asks only for later ones. Of two
// revalidations of one tag the later by `at` (the instances' clocks) wins. One field per tag ever
// revalidated, so the keys grow with the catalogue, not with traffic.
/* global process, console, setTimeout, clearTimeout, AbortSignal -- Node.js; lint knows no environment for .mjs */
import { Redis } from '@upstash/redis';
import TagsManifestModule from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js';

const { tagsManifest } = TagsManifestModule.default ?? TagsManifestModule;

/** Next.js's tagsManifest entry: when the tag made pages stale, and when it expires them. */
/** @typedef {{ stale?: number, expired?: number }} TagManifestEntry */
/** @typedef {Map<string, TagManifestEntry>} TagsManifest */
/** @typedef {{ warn(message: string): void }} Logger */
/**
 * @typedef {object} TagsSync
 * @property {(tags: readonly string[]) => Promise<void>} publish Records the manifest entries of
 *   tags just revalidated here; never throws (what fails is retried by the next poll).
 * @property {() => Promise<number>} poll Applies revalidations made elsewhere; returns how many
 *   tags changed; never throws.
 * @property {() => void} start Polls every interval in the background (unref'd timer); idempotent.
 * @property {() => void} stop
 */

export const KEY_PREFIX = 'storefront:tags';
const POLL_BATCH = 500;
/** Tags per publish: one change never outgrows a poll batch, so a batch never ends inside one. */
const PUBLISH_CHUNK = 100;
const REQUEST_TIMEOUT_MS = 2_000;
const LOG_EVERY_MS = 60_000;

// KEYS: hash, changes, counter. ARGV: tag, entry JSON, tag, entry JSON, … An entry older than
// the one stored (a retried publish that lost to a later revalidation elsewhere) is dropped.
const PUBLISH_SCRIPT = `
local change = redis.call('INCR', KEYS[3])
for i = 1, #ARGV, 2 do
  local current = redis.call('HGET', KEYS[1], ARGV[i])
  local currentAt = current and tonumber(string.match(current, '"at":(%d+)'))
  if not currentAt or currentAt <= tonumber(string.match(ARGV[i + 1], '"at":(%d+)')) then
    redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
    redis.call('ZADD', KEYS[2], change, ARGV[i])
  end
end
return change`;

// KEYS: changes, hash. ARGV: last change seen, batch size. Returns tag, change, entry JSON, …
const POLL_SCRIPT = `
local changed = redis.call('ZRANGEBYSCORE', KEYS[1], '(' .. ARGV[1], '+inf', 'WITHSCORES', 'LIMIT', 0, tonumber(ARGV[2]))
if #changed == 0 then return changed end
local tags = {}
for i = 1, #changed, 2 do tags[#tags + 1] = changed[i] end
local entries = redis.call('HMGET', KEYS[2], unpack(tags))
local out = {}
for i = 1, #tags do
  out[#out + 1] = tags[i]
  out[#out + 1] = changed[i * 2]
  out[#out + 1] = entries[i] or ''
end
return out`;

/**
 * An @upstash/redis client for the sync: short timeouts and no retries (the next poll is the
 * retry), raw strings back.
 * @param {string} url
 * @param {string} token
 * @returns {Redis}
 */
export function createSyncRedis(url, token) {
  return new Redis({
    url,
    token,
    retry: false,
    signal: () => AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    automaticDeserialization: false,
    enableTelemetry: false,
  });
}

/**
 * @param {object} options
 * @param {Pick<Redis, 'eval'>} options.redis
 * @param {TagsManifest} [options.manifest] Next.js's tagsManifest unless a test gives its own.
 * @param {number} [options.intervalMs]
 * @param {string} [options.keyPrefix]
 * @param {Logger} [options.logger]
 * @param {() => number} [options.now]
 * @returns {TagsSync}
 */
export function createTagsSync({
  redis,
  manifest = tagsManifest,
  intervalMs = 1_000,
  keyPrefix = KEY_PREFIX,
  logger = console,
  now = Date.now,
}) {
  const keys = { hash: keyPrefix, changes: `${keyPrefix}:changes`, counter: `${keyPrefix}:counter` };
  /** When each tag's entry here was last revalidated (here or elsewhere): older news is ignored. */
  const revalidatedAt = new Map();
  let lastChange = 0;
  let lastLogged = -Infinity;
  let failures = 0;
  let degraded = false;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  let running = false;
  /** tag → entry JSON not yet in Redis; a failed publish is retried with the next poll. */
  const unpublished = new Map();

  async function flush() {
    if (unpublished.size === 0) return true;
    const batch = [...unpublished];
    try {
      for (let i = 0; i < batch.length; i += PUBLISH_CHUNK) {
        await redis.eval(
          PUBLISH_SCRIPT,
          [keys.hash, keys.changes, keys.counter],
          batch.slice(i, i + PUBLISH_CHUNK).flat(),
        );
      }
    } catch (error) {
      failed('publish', error);
      return false;
    }
    // Keep what was revalidated again meanwhile.
    for (const [tag, json] of batch) if (unpublished.get(tag) === json) unpublished.delete(tag);
    succeeded();
    return true;
  }

  /** @param {'publish' | 'poll'} operation @param {unknown} error */
  function failed(operation, error) {
    failures += 1;
    degraded = true;
    const at = now();
    if (at - lastLogged < LOG_EVERY_MS) return;
    lastLogged = at;
    const message = error instanceof Error ? error.message : String(error);
    const count = failures > 1 ? ` (${failures} failures since the last report)` : '';
    logger.warn(
      `[cache-tags-sync] Redis ${operation} failed${count}; tag revalidations are not shared meanwhile: ${message}`,
    );
    failures = 0;
  }

  function succeeded() {
    if (!degraded) return;
    degraded = false;
    failures = 0;
    logger.warn('[cache-tags-sync] Redis reachable again; tag revalidations are shared again.');
  }

  /** @param {string} tag @param {string} json */
  function apply(tag, json) {
    /** @type {{ stale?: unknown, expired?: unknown, at?: unknown }} */
    let remote;
    try {
      remote = JSON.parse(json);
    } catch {
      return false;
    }
    if (typeof remote?.at !== 'number' || remote.at < (revalidatedAt.get(tag) ?? -Infinity)) return false;
    revalidatedAt.set(tag, remote.at);
    // Merged like Next.js's own revalidateTag does: fields the revalidation set replace ours.
    const entry = { ...manifest.get(tag) };
    if (typeof remote.stale === 'number') entry.stale = remote.stale;
    if (typeof remote.expired === 'number') entry.expired = remote.expired;
    manifest.set(tag, entry);
    return true;
  }

  return {
    async publish(tags) {
      const at = now();
      for (const tag of tags) {
        const entry = manifest.get(tag);
        if (!entry) continue;
        revalidatedAt.set(tag, at);
        unpublished.set(tag, JSON.stringify({ stale: entry.stale, expired: entry.expired, at }));
      }
      await flush();
    },

    async poll() {
      let applied = 0;
      if (!(await flush())) return applied;
      try {
        for (;;) {
          const reply = /** @type {string[]} */ (
            await redis.eval(POLL_SCRIPT, [keys.changes, keys.hash], [String(lastChange), String(POLL_BATCH)])
          );
          let lastScore = lastChange;
          for (let i = 0; i + 2 < reply.length; i += 3) {
            if (reply[i + 2] && apply(reply[i], reply[i + 2])) applied += 1;
            lastScore = Math.max(lastScore, Number(reply[i + 1]));
          }
          if (reply.length < POLL_BATCH * 3) {
            lastChange = lastScore;
            break;
          }
          // A full batch may end inside the last change: read that change again, whole (applying
          // a tag twice is harmless; a change holds at most PUBLISH_CHUNK tags, so this advances).
          lastChange = lastScore - 1;
        }
        succeeded();
      } catch (error) {
        failed('poll', error);
      }
      return applied;
    },

    start() {
      if (running) return;
      running = true;
      const tick = async () => {
        await this.poll();
        if (!running) return;
        timer = setTimeout(tick, intervalMs);
        timer.unref();
      };
      timer = setTimeout(tick, 0);
      timer.unref();
    },

    stop() {
      running = false;
      clearTimeout(timer);
    },
  };
}

const GLOBAL_KEY = Symbol.for('@commerce/storefront/cache-tags-sync');

/**
 * The process's one sync, or null when UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN are
 * not both set (then nothing here runs). Read from process.env, not src/env.ts: Next.js loads
 * the cache handler by itself, outside the app bundle, so it cannot import the app's TypeScript.
 * Kept on globalThis in case Next.js loads the handler module more than once.
 * @returns {TagsSync | null}
 */
export function sharedTagsSync() {
  const holder = /** @type {Record<symbol, TagsSync | null | undefined>} */ (globalThis);
  if (holder[GLOBAL_KEY] !== undefined) return holder[GLOBAL_KEY];
  const url = process.env.UPSTASH_REDIS_REST_URL;
  const token = process.env.UPSTASH_REDIS_REST_TOKEN;
  if (url && !token)
    console.warn(
      '[cache-tags-sync] UPSTASH_REDIS_REST_URL is set without UPSTASH_REDIS_REST_TOKEN: tag revalidations stay per instance.',
    );
  holder[GLOBAL_KEY] = url && token ? createTagsSync({ redis: createSyncRedis(url, token) }) : null;
  return holder[GLOBAL_KEY];
}
