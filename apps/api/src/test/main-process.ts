import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, inject } from 'vitest';
import { FREE_SERVICE_PORTS } from './free-ports.js';

export interface MainProcess {
  /** The gateway's /graphql URL, as the start-up banner prints it. */
  gateway: string;
  /** The admin server's /metrics URL. */
  metrics: string;
  output: () => string;
  exited: Promise<number | null>;
  kill: (signal: NodeJS.Signals) => void;
}

/**
 * `main.ts` as a real process, with the machine's environment less every setting of the API
 * (vitest's NODE_ENV=test among them), so `settings` are all it gets besides its defaults.
 * Resolves once the start-up banner (printed when every process is ready) names the gateway.
 */
export async function startMain(
  settings: Record<string, string>,
  options: { startTimeoutMs?: number } = {},
): Promise<MainProcess> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => ['PATH', 'HOME', 'TMPDIR'].includes(name)),
  );
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('../main.ts', import.meta.url))], {
    env: {
      ...inherited,
      DATABASE_URL: inject('databaseUrl'),
      SEED_DEMO_CATALOG: 'off',
      ...FREE_SERVICE_PORTS,
      ADMIN_PORT: '0',
      LOG_LEVEL: 'warn',
      ...settings,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const deadline = Date.now() + (options.startTimeoutMs ?? 60_000);
  let banner: RegExpExecArray | null = null;
  while (!banner && Date.now() < deadline && child.exitCode === null) {
    banner = /GraphQL API \(gateway\)\s+(\S+)[\s\S]*metrics \(admin\)\s+(\S+)/.exec(output);
    if (!banner) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(banner, output).not.toBeNull();
  return {
    gateway: banner![1]!,
    metrics: banner![2]!,
    output: () => output,
    exited,
    kill: (signal) => child.kill(signal),
  };
}

/**
 * `main.ts` as a real process with exactly `settings` (and PATH, HOME, TMPDIR), until it exits or
 * prints `until`; for starts that must fail, and their controls. Sends SIGTERM if it still runs.
 */
export async function runMainUntil(
  settings: Record<string, string>,
  until: RegExp,
  timeoutMs = 150_000,
): Promise<{ code: number | null; output: string }> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => ['PATH', 'HOME', 'TMPDIR'].includes(name)),
  );
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('../main.ts', import.meta.url))], {
    env: { ...inherited, ...settings },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + timeoutMs;
  while (child.exitCode === null && !until.test(output) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 100));
  if (child.exitCode === null) child.kill('SIGTERM');
  return { code: await exited, output };
}
