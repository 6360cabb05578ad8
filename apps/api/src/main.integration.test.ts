import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, inject, it } from 'vitest';

// SIGTERM must drain: requests in flight when a deploy stops an instance still get their
// answers, and the process then exits 0. Only a real process and a real signal show this
// (libraries such as Apollo Server install signal handlers of their own).
it('answers the requests in flight on SIGTERM, then exits 0', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./main.ts', import.meta.url))], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DATABASE_URL: inject('databaseUrl'),
      SEED_DEMO_CATALOG: 'off',
      GATEWAY_PORT: '0', CATALOG_PORT: '0', INVENTORY_PORT: '0', CUSTOMERS_PORT: '0',
      ADMIN_PORT: '0',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const deadline = Date.now() + 60_000;
  let gateway: string | undefined;
  while (!gateway && Date.now() < deadline) {
    gateway = /GraphQL API \(gateway\)\s+(\S+)/.exec(output)?.[1];
    if (!gateway) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(gateway, output).toBeDefined();

  const search = '{ search(query: "wool socks", first: 24) { totalCount filters { label } nodes { title availableForSale } } }';
  const inFlight = Array.from({ length: 4 }, () =>
    fetch(gateway!, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: search }) })
      .then(async (response) => ({ status: response.status, body: (await response.json()) as { errors?: unknown } })));
  await new Promise((resolve) => setTimeout(resolve, 20));
  child.kill('SIGTERM');

  for (const answer of await Promise.all(inFlight)) {
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
  }
  expect(await exited).toBe(0);
  expect(output).not.toMatch(/received during server shutdown/);
}, 90_000);
