import type { ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { trackChild } from './teardown.js';

const STOP_TIMEOUT_MS = 10_000;

export interface SupervisedChild {
  /** Whether the process has exited, and how ("code 1", "signal SIGTERM"). */
  readonly exited: boolean;
  readonly exitInfo: string;
  readonly exitedPromise: Promise<void>;
  /** SIGTERM, then SIGKILL if it has not exited within 10 s. */
  stop(): Promise<void>;
}

/** Tracks a spawned bench child (API, next start) so it is stopped, or killed, whatever happens. */
export function superviseChild(child: ChildProcess, name: string): SupervisedChild {
  trackChild(child);
  let exited = false;
  let exitInfo = '';
  const exitedPromise = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exited = true;
      exitInfo = signal ? `signal ${signal}` : `code ${code}`;
      resolve();
    });
  });
  return {
    get exited() {
      return exited;
    },
    get exitInfo() {
      return exitInfo;
    },
    exitedPromise,
    async stop() {
      if (exited) return;
      child.kill('SIGTERM');
      const timer = sleep(STOP_TIMEOUT_MS).then(() => 'timeout' as const);
      if ((await Promise.race([exitedPromise.then(() => 'exited' as const), timer])) === 'timeout') {
        console.error(`[bench] ${name} did not stop within ${STOP_TIMEOUT_MS / 1000}s; sending SIGKILL`);
        child.kill('SIGKILL');
        await exitedPromise;
      }
    },
  };
}
