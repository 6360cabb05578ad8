// The figures the rolling deploy prints: requests sent, failed and p99 per window (each restart,
// each phase), and orders placed against orders in the database.
import { percentile } from '@commerce/devtools/stats';
import type { Sample } from './rolling-load.js';

export interface WindowFigures {
  sent: number;
  failed: number;
  p99Ms: number;
  failedByKind: Record<string, number>;
}

/** The requests that started in [from, to). */
export function windowFigures(samples: Sample[], from: number, to: number): WindowFigures {
  const inside = samples.filter((sample) => sample.startedAt >= from && sample.startedAt < to);
  const failedByKind: Record<string, number> = {};
  for (const sample of inside) if (!sample.ok) failedByKind[sample.kind] = (failedByKind[sample.kind] ?? 0) + 1;
  const latencies = inside.map((sample) => sample.ms).sort((a, b) => a - b);
  return {
    sent: inside.length,
    failed: inside.filter((sample) => !sample.ok).length,
    p99Ms: latencies.length ? percentile(latencies, 99) : NaN,
    failedByKind,
  };
}

export interface RestartFigures extends WindowFigures {
  instance: string;
  /** SIGTERM to exit: the drain (SHUTDOWN_DELAY_MS, then in-flight requests). */
  drainMs: number;
  exit: string;
  /** Start to /readyz 200. */
  startMs: number;
}

const pad = (value: unknown, width: number) => String(value).padStart(width);

export function printRestarts(restarts: RestartFigures[]): void {
  console.log(
    '\n(a) rolling restart, one instance at a time (requests started from SIGTERM until the new one is in rotation)',
  );
  console.log(
    `${'instance'.padEnd(14)}${pad('drain s', 9)}${pad('exit', 6)}${pad('start s', 9)}${pad('sent', 7)}${pad('failed', 8)}${pad('p99 ms', 9)}`,
  );
  for (const r of restarts) {
    console.log(
      `${r.instance.padEnd(14)}${pad((r.drainMs / 1000).toFixed(1), 9)}${pad(r.exit, 6)}${pad((r.startMs / 1000).toFixed(1), 9)}${pad(r.sent, 7)}${pad(r.failed, 8)}${pad(Math.round(r.p99Ms), 9)}`,
    );
  }
}

export function printWindow(name: string, figures: WindowFigures): void {
  const failures = Object.keys(figures.failedByKind).length ? ` ${JSON.stringify(figures.failedByKind)}` : '';
  console.log(
    `${name.padEnd(44)} sent ${pad(figures.sent, 6)}  failed ${pad(figures.failed, 5)}  p99 ${pad(Math.round(figures.p99Ms), 6)} ms${failures}`,
  );
}
