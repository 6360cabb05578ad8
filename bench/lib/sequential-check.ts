import { mustQuery } from './graphql.js';
import { scrape } from './metrics.js';

/**
 * Sends every request variant once, one at a time (`repeat` passes), checking each answer, and
 * returns the exact SQL statements per request with nothing else running: the reference the
 * figure measured under load is compared with.
 */
export async function verifyAndCount(
  api: { gatewayUrl: string; metricsUrl: string },
  bodies: string[],
  repeat = 1,
): Promise<{ sqlPerRequest: number; data: unknown[] }> {
  await mustQuery(api.gatewayUrl, bodies[0]!); // first-request caches are not what is measured
  // A cluster of API processes may not serve one /metrics for all of them: then NaN.
  const before = await scrape(api.metricsUrl).catch(() => null);
  const data: unknown[] = [];
  for (let pass = 0; pass < repeat; pass++) {
    for (const payload of bodies) data.push(await mustQuery(api.gatewayUrl, payload));
  }
  const after = await scrape(api.metricsUrl).catch(() => null);
  const sql = before && after ? after.sql - before.sql : NaN;
  return { sqlPerRequest: sql / (bodies.length * repeat), data: data.slice(0, bodies.length) };
}
