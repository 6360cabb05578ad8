import { mustQuery } from './graphql.js';
import { scrape } from './metrics.js';

/**
 * Sends every request variant once, one at a time (`repeat` passes), checking each answer, and
 * returns the exact SQL statements per request with nothing else running: the reference the
 * figure measured under load is compared with.
 */
export async function verifyAndCount(gatewayUrl: string, bodies: string[], repeat = 1): Promise<{ sqlPerRequest: number; data: unknown[] }> {
  await mustQuery(gatewayUrl, bodies[0]!); // first-request caches are not what is measured
  const before = await scrape(gatewayUrl);
  const data: unknown[] = [];
  for (let pass = 0; pass < repeat; pass++) {
    for (const payload of bodies) data.push(await mustQuery(gatewayUrl, payload));
  }
  const after = await scrape(gatewayUrl);
  return { sqlPerRequest: (after.sql - before.sql) / (bodies.length * repeat), data: data.slice(0, bodies.length) };
}
