import { expect, it } from 'vitest';
import { startMain } from './test/main-process.js';

// In Kubernetes (deploy/k8s) the gateway runs alone (SERVICES=gateway) and its network policy
// keeps it away from PostgreSQL: only the domains own data. So a gateway-only process must start,
// and be ready, without reaching the database; the domains' processes migrate it.
it('starts a gateway-only process without reaching PostgreSQL', async () => {
  const nowhere = 'http://127.0.0.1:9';
  const main = await startMain({
    SERVICES: 'gateway',
    // Port 9 (discard) refuses connections: any attempt to migrate or query fails the start.
    DATABASE_URL: 'postgres://commerce@127.0.0.1:9/commerce',
    DB_CONNECT_TIMEOUT_SECONDS: '1',
    CATALOG_URL: nowhere,
    INVENTORY_URL: nowhere,
    CUSTOMERS_URL: nowhere,
    CART_URL: nowhere,
    CHECKOUT_URL: nowhere,
    CONTENT_URL: nowhere,
  });
  const readiness = await fetch(main.gateway.replace(/\/graphql$/, '/readyz'));
  expect(readiness.status).toBe(200);
  main.kill('SIGTERM');
  expect(await main.exited).toBe(0);
}, 90_000);
