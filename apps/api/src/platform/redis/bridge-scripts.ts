import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

/**
 * The Lua scripts of a JavaScript file: every template literal that calls `redis.call`, plus the
 * precomputed `hash: "<sha1>"` entries (@upstash/ratelimit names each script by its SHA-1, also
 * for the one whose text is assembled at run time).
 */
export function scriptHashesIn(source: string): string[] {
  const hashes = [...source.matchAll(/hash:\s*"([0-9a-f]{40})"/g)].map((match) => match[1]!);
  for (const [, text] of source.matchAll(/`([^`]*)`/g)) {
    if (text!.includes('redis.call') && !text!.includes('${')) hashes.push(sha1(text!));
  }
  return hashes;
}

// The storefront's tag sync (apps/storefront/cache-tags-sync.mjs: PUBLISH_SCRIPT, POLL_SCRIPT).
// The API may not import the storefront; bridge-scripts.test.ts checks these against its source.
export const STOREFRONT_SCRIPT_HASHES = [
  '57b507dc879ae65cfd706981b617ebd085b8ceb7',
  'db2b383f7808531f4c1ee6b35ef0e1e8aef7e73a',
];

/**
 * The SHA-1s of every script the project sends: all of the installed @upstash/ratelimit's (read
 * from its dist file at start-up, so an upgrade needs no list kept by hand) and the storefront's.
 */
export function shippedScriptHashes(): Set<string> {
  const require = createRequire(import.meta.url);
  const ratelimit = scriptHashesIn(readFileSync(require.resolve('@upstash/ratelimit'), 'utf8'));
  if (ratelimit.length === 0) throw new Error('Found no scripts in @upstash/ratelimit: its dist format changed.');
  return new Set([...ratelimit, ...STOREFRONT_SCRIPT_HASHES]);
}
