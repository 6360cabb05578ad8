// `npm run redis-bridge -w @commerce/api`: the Upstash REST bridge on its own, in front of a real
// Redis, so several API instances (UPSTASH_REDIS_REST_URL pointing here) share one Redis without
// Upstash itself. Ctrl-C or SIGTERM stops it cleanly.
import { z } from 'zod';
import { describeConfigProblems, problemsOf } from './platform/config-problems.js';
import { log } from './platform/log.js';
import { STOREFRONT_KEY_PREFIXES } from './platform/redis/bridge-policy.js';
import { shippedScriptHashes } from './platform/redis/bridge-scripts.js';
import { createIoredisBackend, startRedisBridge } from './platform/redis/index.js';

// Its own settings rather than env.ts: this process runs none of the API.
const schema = z
  .object({
    REDIS_URL: z.string().url(),
    /** What clients send as `Authorization: Bearer …`. */
    UPSTASH_REDIS_REST_TOKEN: z.string().min(16),
    REDIS_BRIDGE_PORT: z.coerce.number().int().min(0).max(65535).default(8079),
    /** 127.0.0.1 by default; 0.0.0.0 serves other machines (put TLS in front then). */
    REDIS_BRIDGE_HOST: z.string().min(1).default('127.0.0.1'),
    /** The storefront's own token: it reaches only REDIS_BRIDGE_STOREFRONT_PREFIXES (its tag-sync keys). */
    REDIS_BRIDGE_STOREFRONT_TOKEN: z.string().min(16).optional(),
    /** Comma-separated, matched by whole segments (`storefront:tags:` allows `storefront:tags` and `storefront:tags:…`). */
    REDIS_BRIDGE_STOREFRONT_PREFIXES: z.string().default(STOREFRONT_KEY_PREFIXES.join(',')),
  })
  .refine((env) => env.REDIS_BRIDGE_STOREFRONT_TOKEN !== env.UPSTASH_REDIS_REST_TOKEN, {
    path: ['REDIS_BRIDGE_STOREFRONT_TOKEN'],
    message: 'must differ from UPSTASH_REDIS_REST_TOKEN',
  });

// eslint-disable-next-line no-restricted-syntax -- standalone entry point with its own settings
const parsed = schema.safeParse(process.env);
if (!parsed.success) {
  console.error(describeConfigProblems(problemsOf(parsed.error.issues)));
  process.exit(1);
}
const settings = parsed.data;

const backend = await createIoredisBackend(settings.REDIS_URL).catch((error: unknown) => {
  log.error('redis bridge could not start', { error });
  process.exit(1);
});
const storefrontPrefixes = settings.REDIS_BRIDGE_STOREFRONT_PREFIXES.split(',')
  .map((prefix) => prefix.trim())
  .filter(Boolean);
const bridge = await startRedisBridge({
  backend,
  token: settings.UPSTASH_REDIS_REST_TOKEN,
  clients: settings.REDIS_BRIDGE_STOREFRONT_TOKEN
    ? [{ token: settings.REDIS_BRIDGE_STOREFRONT_TOKEN, keyPrefixes: storefrontPrefixes }]
    : [],
  // Only the project's own Lua runs: a token must not be a way to run arbitrary code on Redis.
  scripts: shippedScriptHashes(),
  port: settings.REDIS_BRIDGE_PORT,
  host: settings.REDIS_BRIDGE_HOST,
});
log.info('redis bridge listening', { url: bridge.url });

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info('redis bridge stopping', { signal });
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  await bridge.close();
  await backend.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
