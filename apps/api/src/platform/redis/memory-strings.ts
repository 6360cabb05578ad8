import { wrongArgs } from './backend.js';
import {
  addIntegers,
  expiryTime,
  formatFloat,
  OK,
  parseFloatArgument,
  parseInteger,
  syntaxError,
  type CommandTable,
  type Reply,
} from './memory-commands.js';
import type { Keyspace } from './memory-keyspace.js';

function getString(db: Keyspace, key: string): string | null {
  return db.getTyped(key, 'string')?.value ?? null;
}

function setString(
  db: Keyspace,
  key: string,
  value: string,
  options: { expiresAt?: number; keepTtl?: boolean } = {},
): void {
  db.set(key, { type: 'string', value }, options);
}

interface SetOptions {
  condition?: 'NX' | 'XX';
  get: boolean;
  keepTtl: boolean;
  expiresAt?: number;
}

function parseSetOptions(db: Keyspace, args: string[], command: string): SetOptions {
  const options: SetOptions = { get: false, keepTtl: false };
  for (let i = 0; i < args.length; i++) {
    const option = args[i]!.toUpperCase();
    if ((option === 'NX' || option === 'XX') && !options.condition) options.condition = option;
    else if (option === 'GET') options.get = true;
    else if (option === 'KEEPTTL' && options.expiresAt === undefined) options.keepTtl = true;
    else if (
      ['EX', 'PX', 'EXAT', 'PXAT'].includes(option) &&
      options.expiresAt === undefined &&
      !options.keepTtl &&
      i + 1 < args.length
    ) {
      options.expiresAt = expiryTime(option, args[++i]!, db.now(), command);
    } else throw syntaxError();
  }
  return options;
}

function set(db: Keyspace, [key, value, ...rest]: string[], command = 'set'): Reply {
  const options = parseSetOptions(db, rest, command);
  const previous = options.get ? getString(db, key!) : null;
  const exists = db.get(key!) !== undefined;
  const blocked = (options.condition === 'NX' && exists) || (options.condition === 'XX' && !exists);
  if (!blocked) setString(db, key!, value!, { expiresAt: options.expiresAt, keepTtl: options.keepTtl });
  if (options.get) return previous;
  return blocked ? null : OK;
}

function incrementBy(db: Keyspace, key: string, increment: bigint): number {
  const current = parseInteger(getString(db, key) ?? '0');
  const result = addIntegers(current, increment);
  setString(db, key, result.toString(), { keepTtl: true });
  return Number(result);
}

export const stringCommands: CommandTable = {
  get: { arity: 1, run: (db, [key]) => getString(db, key!) },
  set: { arity: -2, run: (db, args) => set(db, args) },
  setex: { arity: 3, run: (db, [key, seconds, value]) => set(db, [key!, value!, 'EX', seconds!], 'setex') },
  mget: {
    arity: -1,
    run: (db, keys) =>
      keys.map((key) => {
        const stored = db.get(key);
        return stored?.type === 'string' ? stored.value : null;
      }),
  },
  mset: {
    arity: -2,
    run: (db, args) => {
      if (args.length % 2 !== 0) throw wrongArgs('mset');
      for (let i = 0; i < args.length; i += 2) setString(db, args[i]!, args[i + 1]!);
      return OK;
    },
  },
  incr: { arity: 1, run: (db, [key]) => incrementBy(db, key!, 1n) },
  decr: { arity: 1, run: (db, [key]) => incrementBy(db, key!, -1n) },
  incrby: { arity: 2, run: (db, [key, by]) => incrementBy(db, key!, parseInteger(by!)) },
  incrbyfloat: {
    arity: 2,
    run: (db, [key, by]) => {
      const current = parseFloatArgument(getString(db, key!) ?? '0');
      const result = formatFloat(current + parseFloatArgument(by!));
      setString(db, key!, result, { keepTtl: true });
      return result;
    },
  },
};
