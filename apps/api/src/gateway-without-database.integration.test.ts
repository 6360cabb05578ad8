import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runMainUntil } from './test/main-process.js';

// The gateway reads no table, and in Kubernetes its network policy keeps it away from PostgreSQL:
// a gateway-only process without DATABASE_URL must start without one, not start an embedded server.
const dataDir = mkdtempSync(join(tmpdir(), 'gateway-no-database-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it.each(['1', '2'])(
  'starts a gateway alone (API_PROCESSES=%s) with no database at all',
  async (processes) => {
    const { code, output } = await runMainUntil(
      {
        NODE_ENV: 'test',
        SERVICES: 'gateway',
        API_PROCESSES: processes,
        GATEWAY_PORT: '0',
        ADMIN_PORT: '0',
        LOG_LEVEL: 'warn',
        // Where an embedded PostgreSQL would go if one started (it must not).
        EMBEDDED_PG_DIR: join(dataDir, 'postgres'),
        EMBEDDED_PG_PORT: '4640',
        CATALOG_URL: 'http://127.0.0.1:9/catalog',
        INVENTORY_URL: 'http://127.0.0.1:9/inventory',
        CUSTOMERS_URL: 'http://127.0.0.1:9/customers',
      },
      /Commerce API is running/,
    );
    expect(output).toMatch(/GraphQL API \(gateway\)/);
    expect(output).not.toMatch(/embedded PostgreSQL/i);
    expect(code, output).toBe(0);
  },
  240_000,
);
