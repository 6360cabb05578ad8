// Importing this module installs the SIGINT/SIGTERM handlers, so the entry point imports it before
// anything can start a database or a child process. Children still running when the bench exits
// are killed by the process manager (@commerce/devtools/processes).

const cleanups: Array<() => Promise<void>> = [];
let cleaningUp: Promise<void> | null = null;

export function onCleanup(fn: () => Promise<void>): void {
  cleanups.push(fn);
}

/** Runs registered clean-ups once, newest first; later calls wait for the same run. */
export function cleanup(): Promise<void> {
  cleaningUp ??= (async () => {
    for (const fn of cleanups.reverse()) {
      try {
        await fn();
      } catch (error) {
        console.error('[bench] clean-up step failed:', error);
      }
    }
  })();
  return cleaningUp;
}

/** Set once the run is being torn down: nothing new may start after that. */
let aborting = false;
export function assertNotAborting(): void {
  if (aborting) throw new Error('the run is being aborted');
}

export function abort(reason: string, code: number): void {
  aborting = true;
  console.error(`\n[bench] ${reason}; cleaning up …`);
  void cleanup().finally(() => process.exit(code));
  // If a clean-up step hangs, do not hang with it.
  setTimeout(() => process.exit(code), 20_000).unref();
}

process.once('SIGINT', () => abort('interrupted (SIGINT)', 130));
process.once('SIGTERM', () => abort('terminated (SIGTERM)', 143));

/** Runs a bench entry point: its exit code, cleaned up whatever happens, then exits. */
export async function runBench(main: () => Promise<number>): Promise<never> {
  let exitCode = 1;
  try {
    exitCode = await main();
  } catch (error) {
    console.error('[bench] failed:', error instanceof Error ? error.message : error);
    exitCode = 1;
  } finally {
    await cleanup();
  }
  process.exit(exitCode);
}
