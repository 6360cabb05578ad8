/** Thrown when a request waited its whole allowance for a turn. */
export class AdmissionTimeoutError extends Error {
  constructor(waitedMs: number) {
    super(`Checkout is busy: no turn within ${waitedMs} ms.`);
    this.name = 'AdmissionTimeoutError';
  }
}

export interface Admission {
  /** Runs `work` once fewer than `concurrency` others run; waits at most `maxWaitMs` for the turn. */
  run<T>(work: () => Promise<T>): Promise<T>;
}

/**
 * Checkout mutations take a database connection for a transaction or two. At a flash sale far
 * more shoppers press "pay" at once than the pool has connections, and the statement gate
 * (platform/db/statement-gate.ts) refuses statements past its queue at once; so checkout's
 * mutations wait their turn here, in order, for a bounded time (below the gateway's subgraph
 * timeout), instead of failing or piling up on the pool.
 */
export function createAdmission(options: { concurrency: number; maxWaitMs: number }): Admission {
  let running = 0;
  const waiting: Array<{ start: () => void; timer: NodeJS.Timeout }> = [];
  const release = () => {
    running -= 1;
    const next = waiting.shift();
    if (next) {
      clearTimeout(next.timer);
      running += 1;
      next.start();
    }
  };
  const turn = () =>
    new Promise<void>((resolve, reject) => {
      if (running < options.concurrency) {
        running += 1;
        resolve();
        return;
      }
      const entry = {
        start: resolve,
        timer: setTimeout(() => {
          const index = waiting.indexOf(entry);
          if (index >= 0) waiting.splice(index, 1);
          reject(new AdmissionTimeoutError(options.maxWaitMs));
        }, options.maxWaitMs),
      };
      waiting.push(entry);
    });
  return {
    async run(work) {
      await turn();
      try {
        return await work();
      } finally {
        release();
      }
    },
  };
}
