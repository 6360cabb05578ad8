import { BridgeRequestError } from './bridge-http.js';
import { sha1 } from './bridge-scripts.js';

/**
 * One credential of the bridge: its token, and the key prefixes it may touch (none: every key).
 * Prefixes match whole `:`-separated segments: `a:b:` (or `a:b`) allows the key `a:b` itself and
 * keys under `a:b:`, never `a:bX`.
 */
export interface BridgeClient {
  token: string;
  keyPrefixes?: string[];
}

/** The storefront's tag-sync keys (apps/storefront/cache-tags-sync.mjs): the hash `storefront:tags` and keys under it. */
export const STOREFRONT_KEY_PREFIXES = ['storefront:tags:'];

/** Whether `key` is the prefix's own key or lies under it, by whole segments. */
export function keyWithin(key: string, prefix: string): boolean {
  const namespace = prefix.endsWith(':') ? prefix.slice(0, -1) : prefix;
  return namespace !== '' && (key === namespace || key.startsWith(`${namespace}:`));
}

// Administration and whole-keyspace sweeps: nobody needs them over a token, and one request
// could wipe or stall the shared server. (The ioredis backend allows only data commands too;
// this holds for every backend and answers before anything runs.)
const REFUSED = new Set([
  'flushall',
  'flushdb',
  'config',
  'keys',
  'debug',
  'shutdown',
  'module',
  'acl',
  'save',
  'bgsave',
  'bgrewriteaof',
  'replicaof',
  'slaveof',
  'migrate',
  'client',
  'monitor',
  'sync',
  'psync',
  'cluster',
  'function',
  'fcall',
  'fcall_ro',
  'swapdb',
  'select',
  'failover',
  'latency',
  'memory',
  'randomkey',
]);

// For a token limited to some keys: where each command it may send keeps its keys. Anything
// else is refused for it, as the storefront needs nothing else.
const KEYS_OF: Record<string, (args: string[]) => string[] | null> = {
  ping: () => [],
  get: (args) => args.slice(0, 1),
  set: (args) => args.slice(0, 1),
  incr: (args) => args.slice(0, 1),
  expire: (args) => args.slice(0, 1),
  ttl: (args) => args.slice(0, 1),
  hget: (args) => args.slice(0, 1),
  hset: (args) => args.slice(0, 1),
  hmget: (args) => args.slice(0, 1),
  hgetall: (args) => args.slice(0, 1),
  zadd: (args) => args.slice(0, 1),
  zrangebyscore: (args) => args.slice(0, 1),
  del: (args) => args,
  exists: (args) => args,
  mget: (args) => args,
  eval: scriptKeys,
  evalsha: scriptKeys,
  eval_ro: scriptKeys,
  evalsha_ro: scriptKeys,
  script: () => [],
};

function scriptKeys(args: string[]): string[] | null {
  const count = Number(args[1]);
  return Number.isInteger(count) && count >= 0 && count <= args.length - 2 ? args.slice(2, 2 + count) : null;
}

const refuse = (message: string) => new BridgeRequestError(403, `NOPERM ${message}`);

/**
 * Checks a command before it runs: a refusal throws 403 with a Redis-style NOPERM error, as
 * Upstash answers a command its token may not run. `scripts` holds the SHA-1s allowed in EVAL,
 * EVALSHA and SCRIPT LOAD.
 */
export function checkCommand(command: string[], client: BridgeClient, scripts: Set<string>): void {
  const [rawName = '', ...args] = command;
  const name = rawName.toLowerCase();
  if (REFUSED.has(name)) throw refuse(`this bridge does not run '${name}'`);
  if (name === 'script') {
    const sub = args[0]?.toLowerCase();
    if (sub === 'load' && !scripts.has(sha1(args[1] ?? ''))) throw refuse('this script is not one the project ships');
    if (sub !== 'load' && sub !== 'exists') throw refuse(`this bridge does not run 'script ${sub ?? ''}'`);
  }
  if ((name === 'eval' || name === 'eval_ro') && !scripts.has(sha1(args[0] ?? '')))
    throw refuse('this script is not one the project ships');
  if ((name === 'evalsha' || name === 'evalsha_ro') && !scripts.has((args[0] ?? '').toLowerCase()))
    throw refuse('this script is not one the project ships');
  const prefixes = client.keyPrefixes;
  if (!prefixes) return;
  const keys = KEYS_OF[name]?.(args);
  if (!keys) throw refuse(`this token may not run '${name}'`);
  const foreign = keys.find((key) => !prefixes.some((prefix) => keyWithin(key, prefix)));
  if (foreign !== undefined) throw refuse('this token may not access this key');
}
