// The PostgreSQL baseline of a run: `pgbench -b tpcb-like` on the same server the API uses, in a
// scratch database of its own, so the API's figures can be read against what the database alone
// does on this machine at this moment.
import { startProcess } from '@commerce/devtools/processes';
import { createScratchDatabase } from './database.js';
import { ROOT } from './settings.js';
import { assertNotAborting, onCleanup } from './teardown.js';

export interface PgbenchResult {
  version: string;
  scale: number;
  clients: number;
  threads: number;
  seconds: number;
  initSeconds: number;
  /** Transactions per second, initial connection time excluded (pgbench's own figure). */
  tps: number;
  transactions: number;
  failedTransactions: number;
  latencyAverageMs: number;
}

/** Debian ships it in postgresql-15 (also pulled in by postgresql-contrib); see bench/README.md. */
const PGBENCH = process.env.PGBENCH ?? 'pgbench';

async function run(args: string[]): Promise<string> {
  assertNotAborting();
  const proc = startProcess({
    name: 'pgbench',
    command: PGBENCH,
    args,
    cwd: ROOT,
    env: { PATH: process.env.PATH, PGCONNECT_TIMEOUT: '10' },
  });
  onCleanup(() => proc.stop(5_000));
  const how = await proc.exited;
  if (how !== '0') {
    const hint = how === 'spawn-error' ? ' (is pgbench installed? see bench/README.md)' : '';
    throw new Error(`pgbench ${args.join(' ')} ended with ${how}${hint}:\n${proc.output(20)}`);
  }
  return proc.output();
}

function figure(output: string, pattern: RegExp, what: string): number {
  const match = pattern.exec(output);
  if (!match) throw new Error(`pgbench printed no ${what}:\n${output}`);
  return Number(match[1]);
}

/** Initialises a scratch database at `scale`, runs tpcb-like for `seconds` with `clients`, drops it at clean-up. */
export async function runPgbench(options: { scale: number; clients: number; seconds: number }): Promise<PgbenchResult> {
  const { url, name } = await createScratchDatabase('commerce_bench_pgbench');
  const connection = ['--host=127.0.0.1', '--port=5432', '--username=postgres'];
  const version = (await run(['--version'])).trim();
  const initStarted = performance.now();
  await run(['--initialize', '--quiet', `--scale=${options.scale}`, ...connection, name]);
  const initSeconds = (performance.now() - initStarted) / 1000;
  // Two threads: the machine's cores; more would only compete with the clients they drive.
  const threads = Math.min(2, options.clients);
  console.error(
    `[bench] pgbench tpcb-like: scale ${options.scale}, ${options.clients} clients, ${options.seconds}s (${url})`,
  );
  const output = await run([
    '--builtin=tpcb-like',
    `--client=${options.clients}`,
    `--jobs=${threads}`,
    `--time=${options.seconds}`,
    ...connection,
    name,
  ]);
  return {
    version,
    scale: options.scale,
    clients: options.clients,
    threads,
    seconds: options.seconds,
    initSeconds,
    tps: figure(output, /^tps = ([\d.]+) \(without initial connection time\)/m, 'tps'),
    transactions: figure(output, /^number of transactions actually processed: (\d+)/m, 'transaction count'),
    failedTransactions: /^number of failed transactions: (\d+)/m.exec(output)
      ? figure(output, /^number of failed transactions: (\d+)/m, 'failed count')
      : 0,
    latencyAverageMs: figure(output, /^latency average = ([\d.]+) ms/m, 'average latency'),
  };
}
