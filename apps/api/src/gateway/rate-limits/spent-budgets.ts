/** Most clients remembered at once; past it the entries that expire first make room. */
const MAX_ENTRIES = 50_000;

/**
 * In-process memory of clients whose budget is spent, and until when (ms since the epoch), so
 * their requests are refused without a round trip to Redis or any parsing. Per instance: another
 * instance learns it from Redis on the client's first request there.
 */
export function createSpentBudgets() {
  const until = new Map<string, number>();
  return {
    mark(key: string, resetAt: number): void {
      if (until.size >= MAX_ENTRIES) {
        const now = Date.now();
        for (const [other, at] of until) if (at <= now) until.delete(other);
        // Still full of live entries: forget the oldest marked (Map keeps insertion order).
        if (until.size >= MAX_ENTRIES) until.delete(until.keys().next().value!);
      }
      until.delete(key);
      until.set(key, resetAt);
    },
    /** When the key's budget frees up, or null when it is not (or no longer) spent. */
    until(key: string): number | null {
      const at = until.get(key);
      if (at === undefined) return null;
      if (at > Date.now()) return at;
      until.delete(key);
      return null;
    },
  };
}
