import DataLoader from 'dataloader';

export interface LoaderOptions {
  /** False only for benchmarks (DATALOADER=off): every key is fetched alone, the N+1 baseline. */
  batch: boolean;
}

/** A per-request DataLoader; create loaders once per request, never share them across requests. */
export function createLoader<K, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  options: LoaderOptions,
): DataLoader<K, V> {
  return new DataLoader<K, V>(fetch, { batch: options.batch, maxBatchSize: 1000 });
}

/** Rows in key order, null for a key without a row. */
export function byKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): Array<V | null> {
  const found = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => found.get(key) ?? null);
}

/** Rows grouped per key, in key order, an empty list for a key without rows. Keeps row order. */
export function groupByKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
