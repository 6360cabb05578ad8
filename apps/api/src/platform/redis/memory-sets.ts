import type { CommandTable } from './memory-commands.js';
import type { Keyspace } from './memory-keyspace.js';

function readSet(db: Keyspace, key: string): Set<string> | undefined {
  return db.getTyped(key, 'set')?.value;
}

export const setCommands: CommandTable = {
  sadd: {
    arity: -2,
    run: (db, [key, ...members]) => {
      let set = readSet(db, key!);
      if (!set) {
        set = new Set();
        db.set(key!, { type: 'set', value: set });
      }
      const before = set.size;
      for (const member of members) set.add(member);
      return set.size - before;
    },
  },
  // Redis drops a set once its last member goes.
  srem: {
    arity: -2,
    run: (db, [key, ...members]) => {
      const set = readSet(db, key!);
      if (!set) return 0;
      const before = set.size;
      for (const member of members) set.delete(member);
      if (set.size === 0) db.delete(key!);
      return before - set.size;
    },
  },
  smembers: { arity: 1, run: (db, [key]) => [...(readSet(db, key!) ?? [])] },
  sismember: { arity: 2, run: (db, [key, member]) => (readSet(db, key!)?.has(member!) ? 1 : 0) },
  smismember: {
    arity: -2,
    run: (db, [key, ...members]) => members.map((member) => (readSet(db, key!)?.has(member) ? 1 : 0)),
  },
  scard: { arity: 1, run: (db, [key]) => readSet(db, key!)?.size ?? 0 },
};
