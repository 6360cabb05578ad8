import { setTimeout as sleep } from 'node:timers/promises';

export interface MetricsSnapshot {
  sql: number;
  /** Requests the gateway finished on /graphql, whatever their status. */
  graphqlRequests: number;
  /** Memory of the API process, to spot growth across scenarios. */
  rssBytes: number;
  heapUsedBytes: number;
}

/** Reads the API process's admin `/metrics` (`metricsUrl`, e.g. http://127.0.0.1:9464/metrics). */
export async function scrape(metricsUrl: string): Promise<MetricsSnapshot> {
  const res = await fetch(metricsUrl, { signal: AbortSignal.timeout(5000) });
  if (res.status !== 200) throw new Error(`/metrics answered HTTP ${res.status}`);
  const text = await res.text();
  let sql: number | null = null;
  let graphqlRequests = 0;
  let rssBytes = NaN;
  let heapUsedBytes = NaN;
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(\{[^}]*\})?\s+(\S+)/.exec(line);
    if (!match) continue;
    const [, name, labels = '', value] = match;
    if (name === 'sql_statements_total') sql = (sql ?? 0) + Number(value);
    if (
      name === 'http_request_duration_seconds_count' &&
      labels.includes('service="gateway"') &&
      labels.includes('route="/graphql"')
    )
      graphqlRequests += Number(value);
    if (name === 'process_resident_memory_bytes') rssBytes = Number(value);
    if (name === 'nodejs_heap_size_used_bytes') heapUsedBytes = Number(value);
  }
  if (sql === null) throw new Error('sql_statements_total is missing from the admin /metrics');
  return { sql, graphqlRequests, rssBytes, heapUsedBytes };
}

/** Waits (at most 5 s) until the gateway has finished what autocannon left in flight. */
export async function settle(metricsUrl: string): Promise<void> {
  let previous = await scrape(metricsUrl);
  const until = Date.now() + 5000;
  while (Date.now() < until) {
    await sleep(200);
    const current = await scrape(metricsUrl);
    if (current.sql === previous.sql && current.graphqlRequests === previous.graphqlRequests) return;
    previous = current;
  }
}
