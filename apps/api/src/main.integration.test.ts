import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { expect, inject, it } from 'vitest';
import { startMain } from './test/main-process.js';

async function staffRows(email: string): Promise<number> {
  const sql = postgres(inject('databaseUrl'), { max: 1, onnotice: () => {} });
  try {
    const rows = await sql`select 1 from customers.staff where email = ${email}`;
    return rows.length;
  } finally {
    await sql.end();
  }
}

// Outside `npm start` (which sets DEV_STAFF=on) no staff account may appear and no password may
// reach a log: a deploy that forgets NODE_ENV runs as development.
it('creates no staff account and prints no credential with default settings', async () => {
  const email = `staff-${randomUUID()}@example.com`;
  const main = await startMain({ DEV_STAFF_EMAIL: email });
  main.kill('SIGTERM');
  expect(await main.exited).toBe(0);
  expect(main.output()).not.toMatch(/staff|password/i);
  expect(main.output()).not.toContain(email);
  expect(await staffRows(email)).toBe(0);
}, 90_000);

it('creates the staff account and prints its sign-in when DEV_STAFF is on (npm start)', async () => {
  const email = `staff-${randomUUID()}@example.com`;
  const main = await startMain({ NODE_ENV: 'development', DEV_STAFF: 'on', DEV_STAFF_EMAIL: email });
  main.kill('SIGTERM');
  expect(await main.exited).toBe(0);
  expect(main.output()).toContain(`Staff sign-in (development only): ${email} / `);
  expect(await staffRows(email)).toBe(1);
}, 90_000);

// SIGTERM must drain: requests in flight when a deploy stops an instance still get their
// answers, and the process then exits 0. Only a real process and a real signal show this
// (libraries such as Apollo Server install signal handlers of their own). The shutdown window is
// on, as in production: without it a request still on its way (not yet accepted, or accepted and
// not yet read) meets a closed port or an idle-connection sweep, a race no server can win; the
// window is what lets the load balancer stop sending before the port closes.
it('answers the requests in flight on SIGTERM, then exits 0', async () => {
  const main = await startMain({ NODE_ENV: 'development', SHUTDOWN_DELAY_MS: '3000' });
  const search =
    '{ search(query: "wool socks", first: 24) { totalCount filters { label } nodes { title availableForSale } } }';
  const inFlight = Array.from({ length: 4 }, () =>
    fetch(main.gateway, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: search }),
    }).then(async (response) => ({ status: response.status, body: (await response.json()) as { errors?: unknown } })),
  );
  await new Promise((resolve) => setTimeout(resolve, 20));
  main.kill('SIGTERM');
  // Within the window the instance says it is going (load balancers stop sending) yet still answers.
  // (The signal lands some moments after kill(): ask until the answer turns.)
  let readiness = 200;
  for (const until = Date.now() + 2_500; readiness === 200 && Date.now() < until;) {
    readiness = (await fetch(main.gateway.replace(/\/graphql$/, '/readyz'))).status;
    if (readiness === 200) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(readiness).toBe(503);

  for (const answer of await Promise.all(inFlight)) {
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body.errors).toBeUndefined();
  }
  expect(await main.exited).toBe(0);
  expect(main.output()).not.toMatch(/received during server shutdown/);
}, 90_000);
