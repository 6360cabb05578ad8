// HAProxy (Debian's `haproxy`) in front of both instances of every service: the load balancer a
// rolling deploy relies on. The generated config is written beside the run's other files.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startProcess, waitUntilReady, type ManagedProcess } from '@commerce/devtools/processes';
import {
  FRONTEND_PORTS,
  instancePorts,
  SERVICES,
  STATS_PORT,
  type RollingService,
  type Slot,
} from './rolling-settings.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROOT } from './settings.js';
import { onCleanup } from './teardown.js';

/**
 * Retries: a request that never reached a server (conn-failure) is always safe to send to the
 * other one (`option redispatch`). A request whose connection closed before any answer
 * (empty-response) or that timed out may have been processed, so those are retried only when a
 * replay has no effect: queries, and mutations carrying an idempotency key (checkoutComplete: the
 * API answers a replayed key with the same order, see checkout/exactly-once.integration.test.ts).
 * Other mutations (cartCreate, cartLinesAdd, checkoutStart, …) are never replayed after they were
 * sent. Telling them apart needs the body (`option http-buffer-request`); the test is coarse on
 * purpose: any body naming `mutation` counts as one, so a false match only loses a retry.
 */
export function haproxyConfig(): string {
  const lines = [
    'global',
    '  maxconn 4096',
    '',
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    '  timeout client 60s',
    // Longer than the gateway's per-subgraph timeout (8 s), so the gateway's own answer comes first.
    '  timeout server 30s',
    '  timeout http-keep-alive 10s',
    '  timeout check 2s',
    '  retries 3',
    '  option redispatch 1',
    '  option http-buffer-request',
    '  retry-on conn-failure empty-response response-timeout',
    // /readyz turns 503 at SIGTERM (SHUTDOWN_DELAY_MS before the port closes): two checks 500 ms
    // apart take the instance out well inside that window; two good ones bring it back.
    '  default-server inter 500 fall 2 rise 2',
    '',
    // The servers' states as CSV (`/stats;csv`): the bench waits for HAProxy's view, not its own.
    'frontend stats',
    `  bind 127.0.0.1:${STATS_PORT}`,
    '  stats enable',
    '  stats uri /stats',
    '',
  ];
  for (const service of SERVICES) {
    lines.push(
      `frontend ${service}`,
      `  bind 127.0.0.1:${FRONTEND_PORTS[service]}`,
      `  default_backend ${service}`,
      '',
      `backend ${service}`,
      '  balance roundrobin',
      '  option httpchk GET /readyz',
      '  http-check expect status 200',
      '  acl mutation req.body -m sub mutation',
      '  acl keyed req.body -m sub idempotencyKey',
      '  http-request disable-l7-retry if mutation !keyed',
      ...(['a', 'b'] as const).map((slot) => `  server ${slot} 127.0.0.1:${instancePorts(service, slot).port} check`),
      '',
    );
  }
  return lines.join('\n');
}

/** Writes the config, checks it (`haproxy -c`) and runs HAProxy in the foreground until clean-up. */
export async function startHaproxy(): Promise<{ process: ManagedProcess; configFile: string; downs: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'rolling-haproxy-'));
  const configFile = join(dir, 'haproxy.cfg');
  writeFileSync(configFile, haproxyConfig());
  const downs: string[] = [];
  const proxy = startProcess({
    name: 'haproxy',
    command: 'haproxy',
    args: ['-db', '-f', configFile],
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '/usr/sbin:/usr/bin' },
    onLine: (line) => {
      if (/ is DOWN|no server available/.test(line))
        downs.push(`${new Date().toISOString()} ${line.replace(/^\[\w+\]\s+\(\d+\) : /, '')}`);
    },
  });
  onCleanup(() => proxy.stop(5_000));
  await waitUntilReady(proxy, { port: FRONTEND_PORTS.gateway, timeoutMs: 10_000 });
  return { process: proxy, configFile, downs };
}

/** HAProxy's state of one server: UP, DOWN, or a transition (`UP 1/2`, `DOWN 1/2`), from its stats CSV. */
export async function serverState(service: RollingService, slot: Slot): Promise<string> {
  const csv = await (await fetch(`http://127.0.0.1:${STATS_PORT}/stats;csv`)).text();
  const [header, ...rows] = csv.replace(/^# /, '').split('\n');
  const columns = header!.split(',');
  const [px, sv, status] = ['pxname', 'svname', 'status'].map((name) => columns.indexOf(name));
  const row = rows.map((line) => line.split(',')).find((cells) => cells[px!] === service && cells[sv!] === slot);
  return row?.[status!] ?? 'unknown';
}

/** Waits until HAProxy sends traffic to the server again (a rolling deploy must not stop its sibling before). */
export async function waitUntilInRotation(service: RollingService, slot: Slot, timeoutMs = 60_000): Promise<number> {
  const started = Date.now();
  while ((await serverState(service, slot)) !== 'UP') {
    if (Date.now() - started > timeoutMs)
      throw new Error(`HAProxy did not put ${service}/${slot} back within ${timeoutMs} ms`);
    await sleep(100);
  }
  return Date.now() - started;
}

export const frontendUrl = (service: RollingService) => `http://127.0.0.1:${FRONTEND_PORTS[service]}`;
