/**
 * How long to wait before restarting a worker that died: at once-ish the first time, doubling
 * with each death in a row up to `maxMs`, so a worker that cannot start (a bad deploy, a full
 * disk) does not spin the primary. A worker that ran `stableMs` or longer starts the count over.
 */
export function createRestartBackoff(options: { initialMs: number; maxMs: number; stableMs: number }) {
  let deathsInARow = 0;
  return {
    /** The delay before the next start, given how long the worker that died had run. */
    afterDeath(uptimeMs: number): number {
      deathsInARow = uptimeMs >= options.stableMs ? 1 : deathsInARow + 1;
      return Math.min(options.maxMs, options.initialMs * 2 ** (deathsInARow - 1));
    },
  };
}

export type RestartBackoff = ReturnType<typeof createRestartBackoff>;
