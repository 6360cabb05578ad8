/** Most clients remembered at once; past it the entries that expire first make room. */
const MAX_ENTRIES = 50_000;

export type SpentWhat = 'requests' | 'cost';

/**
 * In-process memory of clients whose budget is spent, which one, and until when (ms since the
 * epoch), so their requests are refused without a round trip to Redis, an identity lookup or any
 * parsing. Per instance: another instance learns it from Redis on the client's first request there.
 */
export function createSpentBudgets() {
  const until = new Map<string, { at: number; what: SpentWhat }>();
  return {
    mark(key: string, resetAt: number, what: SpentWhat): void {
      if (until.size >= MAX_ENTRIES) {
        const now = Date.now();
        for (const [other, entry] of until) if (entry.at <= now) until.delete(other);
        // Still full of live entries: forget the oldest marked (Map keeps insertion order).
        if (until.size >= MAX_ENTRIES) until.delete(until.keys().next().value!);
      }
      until.delete(key);
      until.set(key, { at: resetAt, what });
    },
    /** Which budget of the key is spent and when it frees up, or null when none is (any more). */
    spent(key: string): { at: number; what: SpentWhat } | null {
      const entry = until.get(key);
      if (entry === undefined) return null;
      if (entry.at > Date.now()) return entry;
      until.delete(key);
      return null;
    },
  };
}
