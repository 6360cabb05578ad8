// The storefront's deployable (dist/, assemble-artifact.mjs; deploy/docker/storefront.Dockerfile
// copies it and runs server.mjs): copied alone to a folder outside the repository and started with
// plain node, so a file Next.js's tracing left out, or settings that did not reach the server,
// fail here. `npm test` builds first (nx: storefront:test depends on storefront:build).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';

const dist = join(import.meta.dirname, 'dist');
let workdir;
let child;
let exited;
let output = '';
let base;

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

beforeAll(async () => {
  if (!existsSync(join(dist, 'apps/storefront/server.mjs'))) {
    throw new Error('No storefront artifact: run `npm run build -w @commerce/storefront` (npm test does).');
  }
  workdir = mkdtempSync(join(tmpdir(), 'storefront-artifact-'));
  cpSync(dist, workdir, { recursive: true });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, ['server.mjs', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: join(workdir, 'apps/storefront'),
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      // What production requires of it; no API answers there, and /healthz needs none.
      FIRST_PARTY_SECRET: randomBytes(32).toString('base64url'),
      REVALIDATE_SECRET: randomBytes(32).toString('base64url'),
      GRAPHQL_URL: 'http://127.0.0.1:9/graphql',
      STOREFRONT_URL: 'https://shop.example.com',
      CHECKOUT_PAYMENT_PROVIDER: 'none',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  while (!output.includes('storefront listening') && child.exitCode === null && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(output).toContain('storefront listening');
}, 90_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await exited;
  }
  if (workdir) rmSync(workdir, { recursive: true, force: true });
});

it('answers /healthz with the headers next.config.ts sets (the build settings reached the server)', async () => {
  const response = await fetch(`${base}/healthz`);
  expect(response.status, output).toBe(200);
  expect(response.headers.get('strict-transport-security')).toMatch(/max-age=/);
  expect(response.headers.get('x-powered-by')).toBeNull();
});

it('serves the static assets copied beside the server', async () => {
  const chunks = readdirSync(join(workdir, 'apps/storefront/.next/static/chunks')).filter((name) =>
    name.endsWith('.js'),
  );
  const response = await fetch(`${base}/_next/static/chunks/${chunks[0]}`);
  expect(response.status).toBe(200);
});

it('stops on SIGTERM', async () => {
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
});
