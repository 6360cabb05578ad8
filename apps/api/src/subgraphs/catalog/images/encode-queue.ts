// Admission for image encodes: at most `concurrency` running and `maxQueue` waiting; past that,
// or past `timeoutMs` from admission, the caller is told to come back later (503) at once. A
// timed-out encode keeps its slot until it really ends (the worker's own sharp timeout ends
// it), so a flood of slow encodes cannot run more than `concurrency` at a time.

export interface EncodeLimits {
  /** Encodes running at once. */
  concurrency: number;
  /** Encodes waiting for a slot; more are refused. */
  maxQueue: number;
  /** From admission to bytes, waiting included. */
  timeoutMs: number;
}

export class EncodeUnavailable extends Error {
  constructor(readonly reason: 'busy' | 'timeout') {
    super(reason === 'busy' ? 'image encode queue is full' : 'image encode timed out');
  }
}

export function createEncodeQueue(limits: EncodeLimits) {
  let running = 0;
  const waiting: Array<() => void> = [];

  function startNext(): void {
    if (running >= limits.concurrency) return;
    const next = waiting.shift();
    if (next) next();
  }

  return function run<T>(task: () => Promise<T>): Promise<T> {
    if (running >= limits.concurrency && waiting.length >= limits.maxQueue) {
      return Promise.reject(new EncodeUnavailable('busy'));
    }
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        running += 1;
        task()
          .then(resolve, reject)
          .finally(() => {
            clearTimeout(timer);
            running -= 1;
            startNext();
          });
      };
      const timer = setTimeout(() => {
        const index = waiting.indexOf(start);
        if (index >= 0) waiting.splice(index, 1);
        reject(new EncodeUnavailable('timeout'));
      }, limits.timeoutMs);
      if (running < limits.concurrency) start();
      else waiting.push(start);
    });
  };
}
