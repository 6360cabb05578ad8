import { createHash } from 'node:crypto';

/**
 * Shebang flags only Upstash understands. @upstash/ratelimit starts its scripts with
 * `#!lua flags=allow-key-locking` so Upstash locks just the script's keys; Redis refuses such a
 * script ("Unexpected flag in script shebang"), so the bridge drops the flag on the way.
 */
const UPSTASH_ONLY_FLAGS = new Set(['allow-key-locking']);

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

/** The script without Upstash-only flags, or the same string when it has none. */
export function stripUpstashFlags(script: string): string {
  if (!script.startsWith('#!')) return script;
  const end = script.indexOf('\n');
  const line = end === -1 ? script : script.slice(0, end);
  const parts = line.split(/\s+/).map((part) => {
    if (!part.startsWith('flags=')) return part;
    const kept = part
      .slice('flags='.length)
      .split(',')
      .filter((flag) => flag && !UPSTASH_ONLY_FLAGS.has(flag));
    return kept.length > 0 ? `flags=${kept.join(',')}` : '';
  });
  const rewritten = parts.filter(Boolean).join(' ');
  return rewritten === line ? script : rewritten + (end === -1 ? '' : script.slice(end));
}

/**
 * Rewrites script commands for a real Redis. The client knows a script by the SHA1 of its own
 * text (and @upstash/ratelimit hard-codes those SHAs), but Redis stores the stripped text under
 * another SHA: EVALSHA and SCRIPT EXISTS are translated, and SCRIPT LOAD answers with the
 * client's SHA. Without an alias (say, after a restart) EVALSHA gets NOSCRIPT and the client
 * falls back to EVAL, which records the alias again.
 */
export function createScriptTranslator() {
  const aliases = new Map<string, string>();

  function strip(script: string): string {
    const stripped = stripUpstashFlags(script);
    if (stripped !== script) aliases.set(sha1(script), sha1(stripped));
    return stripped;
  }
  const alias = (sha: string) => aliases.get(sha.toLowerCase()) ?? sha;

  return {
    command(command: string[]): string[] {
      const [name = '', first, ...rest] = command;
      const lower = name.toLowerCase();
      if (first === undefined) return command;
      if (lower === 'eval' || lower === 'eval_ro') return [name, strip(first), ...rest];
      if (lower === 'evalsha' || lower === 'evalsha_ro') return [name, alias(first), ...rest];
      const sub = first.toLowerCase();
      if (lower === 'script' && sub === 'load' && rest[0] !== undefined)
        return [name, first, strip(rest[0]), ...rest.slice(1)];
      if (lower === 'script' && sub === 'exists') return [name, first, ...rest.map(alias)];
      return command;
    },
    reply(command: string[], reply: unknown): unknown {
      const isLoad = command[0]?.toLowerCase() === 'script' && command[1]?.toLowerCase() === 'load';
      return isLoad && typeof reply === 'string' && command[2] !== undefined ? sha1(command[2]) : reply;
    },
  };
}
