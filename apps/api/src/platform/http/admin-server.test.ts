import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startAdminServer, type AdminServer } from './admin-server.js';
import { startServiceServer, type ServiceServer } from './service-server.js';

// Metrics a stranger cannot grow, served where a stranger cannot read them.

let service: ServiceServer;
let admin: AdminServer;
beforeAll(async () => {
  service = await startServiceServer({
    name: 'probe',
    port: 0,
    routes: { '/graphql': (_req, res) => void res.end('{}') },
  });
  admin = await startAdminServer({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await service.drain();
  await admin.close();
});

/** The distinct `route` label values of this service's request histogram. */
async function routeLabels(): Promise<Set<string>> {
  const text = await (await fetch(`${admin.url}/metrics`)).text();
  const routes = new Set<string>();
  for (const match of text.matchAll(/^http_request_duration_seconds_count\{([^}]*)\}/gm)) {
    if (!match[1]!.includes('service="probe"')) continue;
    routes.add(/route="([^"]*)"/.exec(match[1]!)?.[1] ?? '');
  }
  return routes;
}

it('gives 1,000 unknown paths one shared route label', async () => {
  await fetch(`${service.url}/graphql`);
  await fetch(`${service.url}/healthz`);
  for (let i = 0; i < 1_000; i += 1) {
    const response = await fetch(`${service.url}/${randomUUID()}/${i}`);
    await response.arrayBuffer();
  }
  expect([...(await routeLabels())].sort()).toEqual(['/graphql', '/healthz', 'other']);
});

it('serves /metrics on the admin port only', async () => {
  expect((await fetch(`${service.url}/metrics`)).status).toBe(404);
  const metrics = await fetch(`${admin.url}/metrics`);
  expect(metrics.status).toBe(200);
  const text = await metrics.text();
  expect(text).toContain('sql_statements_total');
  expect(text).toContain('process_resident_memory_bytes');
});
