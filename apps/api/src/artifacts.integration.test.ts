import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { API_SERVICES } from '../build/services.js';
import type { ServiceName } from './stack.js';
import { graphql } from './test/stack.js';
import { productionEnv } from './test/production-env.js';
import { signedLikeGateway } from './test/sign-like-gateway.js';

// Every API service as deployed (deploy/docker copies dist/<service> and runs `node index.mjs`):
// each artifact is copied alone to a temporary folder outside the repository, so nothing of the
// sources or the workspace's node_modules can stand in for a file or package it lacks, and started
// with plain node, in production mode, against a database of its own that they migrate themselves.

const apiRoot = fileURLToPath(new URL('../', import.meta.url));
const dist = join(apiRoot, 'dist');
const SUBGRAPHS = API_SERVICES.filter((name) => name !== 'gateway' && name !== 'worker');

interface Running {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** `npm test` builds first (nx: api:test depends on api:build); alone, run `npm run build -w @commerce/api`. */
function requireBuild(): void {
  const missing = API_SERVICES.filter((name) => !existsSync(join(dist, name, 'index.mjs')));
  if (missing.length > 0) {
    throw new Error(`No artifact for ${missing.join(', ')}: run \`npm run build -w @commerce/api\` (npm test does).`);
  }
}

let databaseUrl: string;
let adminUrl: string;
let databaseName: string;
let workdir: string;
const secrets = productionEnv();
const running = new Map<ServiceName, Running>();
const started: ChildProcess[] = [];

/** Starts one artifact from its copy; resolves with its URL once it is ready (its start-up banner). */
async function startArtifact(service: ServiceName, settings: Record<string, string> = {}): Promise<Running> {
  const dir = join(workdir, service);
  const child = spawn(process.execPath, ['index.mjs'], {
    cwd: dir,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...secrets,
      DATABASE_URL: databaseUrl,
      REDIS_URL: inject('redisUrl') ?? 'redis://127.0.0.1:6379/9',
      [`${service.toUpperCase()}_PORT`]: '0',
      ADMIN_PORT: '0',
      LOG_LEVEL: 'warn',
      DB_POOL_SIZE: '2',
      ...settings,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  // Known at once, so afterAll stops it even when another service fails to start.
  started.push(child);
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const label = service === 'gateway' ? 'GraphQL API \\(gateway\\)' : service;
  const banner = new RegExp(`^\\s+${label}\\s+(http://\\S+)/graphql`, 'm');
  const deadline = Date.now() + 180_000;
  let found: RegExpExecArray | null = null;
  while (!found && Date.now() < deadline && child.exitCode === null) {
    found = banner.exec(output);
    if (!found) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!found) {
    child.kill('SIGKILL');
    throw new Error(`${service}'s artifact did not start:\n${output}`);
  }
  return { child, url: found[1]!, output: () => output };
}

beforeAll(async () => {
  requireBuild();
  const server = new URL(inject('databaseUrl'));
  databaseName = `artifacts_${process.pid}_${Date.now()}`;
  server.pathname = '/postgres';
  adminUrl = server.toString();
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${databaseName}`);
  await admin.end();
  server.pathname = `/${databaseName}`;
  databaseUrl = server.toString();

  workdir = mkdtempSync(join(tmpdir(), 'commerce-artifacts-'));
  for (const service of API_SERVICES) {
    // The source map is for reading stack traces, not for running.
    cpSync(join(dist, service), join(workdir, service), { recursive: true, filter: (path) => !path.endsWith('.map') });
  }
  // The domains first, at once: they take turns migrating the empty database.
  const domains = await Promise.all(
    [...SUBGRAPHS, 'worker' as const].map(async (name) => [name, await startArtifact(name)] as const),
  );
  for (const [name, service] of domains) running.set(name, service);
  const subgraphUrls = Object.fromEntries(
    SUBGRAPHS.map((name) => [`${name.toUpperCase()}_URL`, running.get(name)!.url]),
  );
  running.set('gateway', await startArtifact('gateway', subgraphUrls));
}, 300_000);

afterAll(async () => {
  const codes = await Promise.all(
    started.map(async (child) => {
      const exited = new Promise<number | null>((resolve) =>
        child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code)),
      );
      child.kill('SIGTERM');
      return exited;
    }),
  );
  if (workdir) rmSync(workdir, { recursive: true, force: true });
  if (databaseName) {
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${databaseName} with (force)`);
    await admin.end();
  }
  // Each drains and exits by itself on SIGTERM, as in a pod.
  expect(codes).toEqual(started.map(() => 0));
}, 60_000);

describe('each API service runs from its artifact alone', () => {
  it.each(API_SERVICES)("%s's bundle holds no other service's server", (service) => {
    const meta = JSON.parse(readFileSync(join(dist, `${service}.meta.json`), 'utf8')) as {
      outputs: Record<string, { entryPoint?: string; inputs: Record<string, { bytesInOutput: number }> }>;
    };
    const bundle = Object.values(meta.outputs).find((output) => output.entryPoint)!;
    const servers = Object.entries(bundle.inputs)
      .filter(
        ([file, { bytesInOutput }]) => bytesInOutput > 0 && /^src\/(subgraphs\/\w+|gateway)\/server\.ts$/.test(file),
      )
      .map(([file]) => file);
    expect(servers).toEqual(
      service === 'worker'
        ? []
        : [service === 'gateway' ? 'src/gateway/server.ts' : `src/subgraphs/${service}/server.ts`],
    );
  });

  it.each(API_SERVICES)('%s is ready', async (service) => {
    const response = await fetch(`${running.get(service)!.url}/readyz`);
    expect(response.status, running.get(service)!.output()).toBe(200);
  });

  it.each(SUBGRAPHS)('%s answers a GraphQL request with its schema', async (service) => {
    const url = `${running.get(service)!.url}/graphql`;
    const query = '{ _service { sdl } }';
    const headers = signedLikeGateway(url, { query }, null, secrets.GATEWAY_SECRET!, { audience: service });
    const response = await graphql<{ _service: { sdl: string } }>(url, query, {}, headers);
    expect(response.errors, running.get(service)!.output()).toBeUndefined();
    expect(response.data?._service.sdl).toMatch(/type Query|extend type Query/);
  });

  it('the gateway answers through the subgraphs started from their artifacts', async () => {
    const response = await graphql<{ shop: { name: string } }>(
      `${running.get('gateway')!.url}/graphql`,
      '{ shop { name } }',
    );
    expect(response.errors, running.get('gateway')!.output()).toBeUndefined();
    expect(response.data?.shop.name).toBeTruthy();
  });
});
