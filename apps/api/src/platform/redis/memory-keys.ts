import { RedisReplyError } from './backend.js';
import { globToRegExp } from './glob.js';
import {
  countOf,
  OK,
  parseSafeInteger,
  Status,
  syntaxError,
  type CommandTable,
  type Reply,
} from './memory-commands.js';
import type { Keyspace } from './memory-keyspace.js';

const EXPIRE_UNITS = { expire: 1000, pexpire: 1 } as const;

// EXPIRE and friends, with the Redis 7 options NX, XX, GT and LT (no expiry counts as infinite).
function expire(db: Keyspace, command: keyof typeof EXPIRE_UNITS, [key, amount, ...options]: string[]): Reply {
  const value = parseSafeInteger(amount!) * EXPIRE_UNITS[command];
  const at = db.now() + value;
  if (!Number.isSafeInteger(at)) throw new RedisReplyError(`ERR invalid expire time in '${command}' command`);
  const flags = new Set(options.map((option) => option.toUpperCase()));
  for (const flag of flags)
    if (!['NX', 'XX', 'GT', 'LT'].includes(flag)) throw new RedisReplyError(`ERR Unsupported option ${flag}`);
  if (flags.has('NX') && countOf([flags.has('XX'), flags.has('GT'), flags.has('LT')]) > 0) {
    throw new RedisReplyError('ERR NX and XX, GT or LT options at the same time are not compatible');
  }
  if (flags.has('GT') && flags.has('LT'))
    throw new RedisReplyError('ERR GT and LT options at the same time are not compatible');
  if (db.get(key!) === undefined) return 0;
  const current = db.expiresAt(key!) ?? Infinity;
  const refused =
    (flags.has('NX') && current !== Infinity) ||
    (flags.has('XX') && current === Infinity) ||
    (flags.has('GT') && at <= current) ||
    (flags.has('LT') && at >= current);
  if (refused) return 0;
  if (at <= db.now()) db.delete(key!);
  else db.setExpiry(key!, at);
  return 1;
}

function remaining(db: Keyspace, key: string, unit: 'ms' | 's'): number {
  if (db.get(key) === undefined) return -2;
  const at = db.expiresAt(key);
  if (at === undefined) return -1;
  const ms = Math.max(0, at - db.now());
  return unit === 'ms' ? ms : Math.round(ms / 1000);
}

// One SCAN call returns every match with cursor 0: COUNT is only a hint in Redis, and a single
// pass cannot skip keys deleted mid-scan (the rate limiter's reset script does exactly that).
function scan(db: Keyspace, [cursor, ...options]: string[]): Reply {
  if (!/^\d+$/.test(cursor!)) throw new RedisReplyError('ERR invalid cursor');
  let pattern: RegExp | null = null;
  let type: string | null = null;
  for (let i = 0; i < options.length; i += 2) {
    const option = options[i]!.toUpperCase();
    const value = options[i + 1];
    if (value === undefined) throw syntaxError();
    if (option === 'MATCH') pattern = globToRegExp(value);
    else if (option === 'TYPE') type = value.toLowerCase();
    else if (option !== 'COUNT' || parseSafeInteger(value) < 1) throw syntaxError();
  }
  const keys = db.keys().filter((key) => (!pattern || pattern.test(key)) && (!type || db.get(key)?.type === type));
  return ['0', keys];
}

function flush(db: Keyspace, [mode]: string[]): Reply {
  if (mode !== undefined && !['ASYNC', 'SYNC'].includes(mode.toUpperCase())) throw syntaxError();
  db.clear();
  return OK;
}

export const keyCommands: CommandTable = {
  del: { arity: -1, run: (db, keys) => keys.filter((key) => db.get(key) !== undefined && db.delete(key)).length },
  exists: { arity: -1, run: (db, keys) => keys.filter((key) => db.get(key) !== undefined).length },
  expire: { arity: -2, run: (db, args) => expire(db, 'expire', args) },
  pexpire: { arity: -2, run: (db, args) => expire(db, 'pexpire', args) },
  ttl: { arity: 1, run: (db, [key]) => remaining(db, key!, 's') },
  pttl: { arity: 1, run: (db, [key]) => remaining(db, key!, 'ms') },
  persist: {
    arity: 1,
    run: (db, [key]) => {
      if (db.expiresAt(key!) === undefined) return 0;
      db.setExpiry(key!, undefined);
      return 1;
    },
  },
  keys: { arity: 1, run: (db, [pattern]) => db.keys().filter((key) => globToRegExp(pattern!).test(key)) },
  scan: { arity: -1, run: scan },
  flushdb: { arity: [0, 1], run: flush },
  flushall: { arity: [0, 1], run: flush },
  ping: { arity: [0, 1], run: (_db, [message]) => (message === undefined ? new Status('PONG') : message) },
  time: { arity: 0, run: (db) => [String(Math.floor(db.now() / 1000)), String((db.now() % 1000) * 1000)] },
};
