import { RedisReplyError } from './backend.js';

export type StoredValue =
  | { type: 'string'; value: string }
  | { type: 'hash'; value: Map<string, string> }
  | { type: 'set'; value: Set<string> };

export type ValueType = StoredValue['type'];

const WRONGTYPE = 'WRONGTYPE Operation against a key holding the wrong kind of value';

/**
 * The keys of one in-memory database. Expiry is lazy (an expired key is dropped when touched)
 * plus `sweep`, which a timer calls so keys nobody reads again still free their memory.
 */
export class Keyspace {
  private readonly values = new Map<string, StoredValue>();
  // Expiry times apart from the values, as Redis keeps them: the sweep walks only these.
  private readonly expiries = new Map<string, number>();
  private sweepCursor: Iterator<[string, number]> | null = null;

  constructor(readonly now: () => number = Date.now) {}

  get(key: string): StoredValue | undefined {
    const expiresAt = this.expiries.get(key);
    if (expiresAt !== undefined && expiresAt <= this.now()) this.delete(key);
    return this.values.get(key);
  }

  /** The value when it has `type`, undefined when the key is missing, WRONGTYPE otherwise. */
  getTyped<T extends ValueType>(key: string, type: T): Extract<StoredValue, { type: T }> | undefined {
    const stored = this.get(key);
    if (stored === undefined) return undefined;
    if (stored.type !== type) throw new RedisReplyError(WRONGTYPE);
    return stored as Extract<StoredValue, { type: T }>;
  }

  /** Stores a value; like Redis, a plain write forgets the old expiry unless `keepTtl`. */
  set(key: string, value: StoredValue, options: { expiresAt?: number; keepTtl?: boolean } = {}): void {
    this.values.set(key, value);
    if (options.expiresAt !== undefined) this.expiries.set(key, options.expiresAt);
    else if (!options.keepTtl) this.expiries.delete(key);
  }

  delete(key: string): boolean {
    this.expiries.delete(key);
    return this.values.delete(key);
  }

  /** Drops a hash or set left empty, as Redis never keeps empty collections. */
  dropIfEmpty(key: string, stored: StoredValue): void {
    if (stored.type !== 'string' && stored.value.size === 0) this.delete(key);
  }

  expiresAt(key: string): number | undefined {
    return this.get(key) === undefined ? undefined : this.expiries.get(key);
  }

  setExpiry(key: string, at: number | undefined): void {
    if (at === undefined) this.expiries.delete(key);
    else this.expiries.set(key, at);
  }

  /** Live keys; a snapshot, so callers may delete while they walk it. */
  keys(): string[] {
    return [...this.values.keys()].filter((key) => this.get(key) !== undefined);
  }

  /** Entries held, expired ones not yet dropped included: what the sweep is for. */
  get held(): number {
    return this.values.size;
  }

  clear(): void {
    this.values.clear();
    this.expiries.clear();
    this.sweepCursor = null;
  }

  /** Checks up to `budget` keys with an expiry, resuming where the last sweep stopped. */
  sweep(budget = 1000): void {
    const now = this.now();
    this.sweepCursor ??= this.expiries.entries();
    for (let checked = 0; checked < budget; checked++) {
      const next = this.sweepCursor.next();
      if (next.done) {
        this.sweepCursor = null;
        return;
      }
      const [key, expiresAt] = next.value;
      if (expiresAt <= now) this.delete(key);
    }
  }
}
