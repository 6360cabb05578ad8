import { wrongArgs } from './backend.js';
import { addIntegers, parseInteger, type CommandTable } from './memory-commands.js';
import type { Keyspace } from './memory-keyspace.js';

function readHash(db: Keyspace, key: string): Map<string, string> | undefined {
  return db.getTyped(key, 'hash')?.value;
}

// Writing into an existing hash keeps the key's expiry, as in Redis.
function writableHash(db: Keyspace, key: string): Map<string, string> {
  const existing = readHash(db, key);
  if (existing) return existing;
  const created = new Map<string, string>();
  db.set(key, { type: 'hash', value: created });
  return created;
}

function setFields(db: Keyspace, [key, ...pairs]: string[], command: string): number {
  if (pairs.length === 0 || pairs.length % 2 !== 0) throw wrongArgs(command);
  const hash = writableHash(db, key!);
  let added = 0;
  for (let i = 0; i < pairs.length; i += 2) {
    if (!hash.has(pairs[i]!)) added++;
    hash.set(pairs[i]!, pairs[i + 1]!);
  }
  return added;
}

export const hashCommands: CommandTable = {
  hset: { arity: -3, run: (db, args) => setFields(db, args, 'hset') },
  hget: { arity: 2, run: (db, [key, field]) => readHash(db, key!)?.get(field!) ?? null },
  hmget: { arity: -2, run: (db, [key, ...fields]) => fields.map((field) => readHash(db, key!)?.get(field) ?? null) },
  hgetall: { arity: 1, run: (db, [key]) => [...(readHash(db, key!) ?? [])].flat() },
  hdel: {
    arity: -2,
    run: (db, [key, ...fields]) => {
      const stored = db.getTyped(key!, 'hash');
      if (!stored) return 0;
      const removed = fields.filter((field) => stored.value.delete(field)).length;
      db.dropIfEmpty(key!, stored);
      return removed;
    },
  },
  hincrby: {
    arity: 3,
    run: (db, [key, field, by]) => {
      const increment = parseInteger(by!);
      const hash = readHash(db, key!);
      const current = parseInteger(hash?.get(field!) ?? '0', 'ERR hash value is not an integer');
      const result = addIntegers(current, increment);
      writableHash(db, key!).set(field!, result.toString());
      return Number(result);
    },
  },
};
