// Closed-loop load for flows whose requests depend on earlier answers (cart id → checkout id →
// order), which autocannon's fixed bodies cannot express: a fixed number of workers, each
// starting its next task as soon as its last one ended.
import { setTimeout as sleep } from 'node:timers/promises';
import type { StepTally } from './checkout-requests.js';
import { assertNotAborting } from './teardown.js';

/** Runs `task` on `concurrency` workers until `next()` returns null; resolves once every worker is idle. */
export async function runWorkers<T>(
  concurrency: number,
  next: () => T | null,
  task: (item: T) => Promise<void>,
): Promise<void> {
  assertNotAborting();
  const worker = async () => {
    for (let item = next(); item !== null; item = next()) await task(item);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

export interface TimedRun {
  windowSeconds: number;
  /** From the window's end until the tasks in flight then had finished. */
  drainSeconds: number;
}

/**
 * Runs tasks without pause for `warmupSeconds` (latencies not kept), then for `seconds` (the
 * window: latencies of requests *sent* in it are kept, however late they come back, so slow
 * answers at the window's edge are not cut off), then starts no new task and waits for those in
 * flight. `inWindow()` tells a task whether the window is open, e.g. to count what it finished.
 */
export async function runTimed(
  tallies: StepTally[],
  concurrency: number,
  phases: { warmupSeconds: number; seconds: number },
  task: (taskNumber: number, inWindow: () => boolean) => Promise<void>,
): Promise<TimedRun> {
  let phase: 'warmup' | 'window' | 'drain' = 'warmup';
  const record = (on: boolean) => tallies.forEach((tally) => (tally.recording = on));
  record(false);
  let opened = 0;
  let closed = 0;
  const timeline = (async () => {
    await sleep(phases.warmupSeconds * 1000);
    phase = 'window';
    opened = performance.now();
    record(true);
    await sleep(phases.seconds * 1000);
    phase = 'drain';
    closed = performance.now();
    record(false);
  })();
  let started = 0;
  await runWorkers(
    concurrency,
    () => (phase === 'drain' ? null : started++),
    (taskNumber) => task(taskNumber, () => phase === 'window'),
  );
  await timeline;
  return { windowSeconds: (closed - opened) / 1000, drainSeconds: (performance.now() - closed) / 1000 };
}
