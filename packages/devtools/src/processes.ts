// The one process manager of tools/ (npm start), bench/ and e2e/: start a command in a process
// group of its own, wait until it is ready, stop it with a grace period, check a port, and keep
// the last lines of its output for error messages.
import { createWriteStream, type WriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { execa, type Result } from 'execa';
import waitOn from 'wait-on';

const KEEP_LINES = 150;

export interface StartOptions {
  /** Names the process in messages ("api", "next start"). */
  name: string;
  command: string;
  args: readonly string[];
  cwd: string;
  /** The whole environment of the process: nothing is inherited that is not in here. */
  env: NodeJS.ProcessEnv;
  /**
   * `pipe` (default): kept in memory (the last lines), in `logFile` and passed to `onLine`;
   * `inherit`: to this terminal; `stderr`: both streams to this process's stderr.
   */
  output?: 'pipe' | 'inherit' | 'stderr';
  logFile?: string;
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
}

export interface ManagedProcess {
  readonly name: string;
  readonly pid: number;
  readonly logFile: string | undefined;
  /** The last lines the process wrote (stdout and stderr interleaved); the last `count` if given. */
  output(count?: number): string;
  /** Resolves once the direct child has exited, with how: "0", "1", "SIGTERM", "spawn-error". */
  readonly exited: Promise<string>;
  hasExited(): boolean;
  /** SIGTERM to the whole process group, SIGKILL after `graceMs`; throws if anything survives. */
  stop(graceMs?: number): Promise<void>;
}

/** Process groups still running; killed outright if this process exits before stopping them. */
const liveGroups = new Set<number>();
/** Children spawned elsewhere (Chrome by chrome-launcher), killed the same way. */
const foreignChildren = new Set<number>();
process.on('exit', killAllNow);

/** SIGKILLs every process (group) this process started, at once (for `exit`, where nothing async runs). */
export function killAllNow(): void {
  const kill = (pid: number) => {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  for (const pid of liveGroups) kill(-pid);
  for (const pid of foreignChildren) [-pid, pid].forEach(kill);
}

/** Kills a child spawned elsewhere (its group, if it leads one), should this process exit first. */
export function killOnExit(child: { pid?: number; once(event: 'exit', listener: () => void): unknown }): void {
  const pid = child.pid;
  if (pid === undefined) return;
  foreignChildren.add(pid);
  child.once('exit', () => foreignChildren.delete(pid));
}

/**
 * Starts a command in a process group of its own, so stopping it also stops what it spawned
 * (npx, tsx and next all fork), and a Ctrl-C in the terminal reaches only the parent, which
 * decides how its children stop.
 */
export function startProcess(options: StartOptions): ManagedProcess {
  const output = options.output ?? 'pipe';
  const stream = output === 'pipe' ? 'pipe' : output === 'inherit' ? 'inherit' : 2;
  const child = execa(options.command, options.args, {
    cwd: options.cwd,
    env: options.env,
    extendEnv: false,
    detached: true,
    stdin: 'ignore',
    stdout: stream,
    stderr: stream,
    buffer: false,
    reject: false,
    // Stopping is ours (the whole group, with a grace period); execa's would signal only the child.
    cleanup: false,
    forceKillAfterDelay: false,
  });
  const lines: string[] = [];
  const log: WriteStream | undefined = options.logFile ? createWriteStream(options.logFile) : undefined;
  const record = (line: string, from: 'stdout' | 'stderr') => {
    log?.write(`${line}\n`);
    if (!line.trim()) return;
    lines.push(line);
    if (lines.length > KEEP_LINES) lines.splice(0, lines.length - KEEP_LINES);
    options.onLine?.(line, from);
  };
  if (output === 'pipe') {
    for (const from of ['stdout', 'stderr'] as const) {
      void (async () => {
        for await (const line of child.iterable({ from })) record(line, from);
      })().catch(() => {});
    }
  }

  let done = false;
  const exited = (child as Promise<Result>).then((result) => {
    done = true;
    if (child.pid !== undefined) liveGroups.delete(child.pid);
    log?.end();
    if (result.exitCode === undefined && !result.signal) {
      lines.push(`${options.name} failed to start: ${result.originalMessage ?? result.message}`);
      return 'spawn-error';
    }
    return result.signal ?? String(result.exitCode);
  });
  if (child.pid === undefined) {
    // Spawning failed (no such command): `exited` resolves with the reason.
    return {
      name: options.name,
      pid: -1,
      logFile: options.logFile,
      output: tail(lines),
      exited,
      hasExited: () => true,
      stop: async () => {},
    };
  }
  const pid = child.pid;
  liveGroups.add(pid);

  return {
    name: options.name,
    pid,
    logFile: options.logFile,
    output: tail(lines),
    exited,
    hasExited: () => done,
    async stop(graceMs = 15_000) {
      if (!isGroupAlive(pid)) {
        await exited;
        return;
      }
      signalGroup(pid, 'SIGTERM');
      if (!(await waitForGroupExit(pid, graceMs))) {
        console.error(`${options.name} did not stop within ${graceMs / 1000}s; sending SIGKILL`);
        signalGroup(pid, 'SIGKILL');
        if (!(await waitForGroupExit(pid, 5_000)))
          throw new Error(`${options.name}: process group ${pid} survived SIGKILL`);
      }
      liveGroups.delete(pid);
      await Promise.race([exited, sleep(1_000)]);
    },
  };
}

function tail(lines: string[]): (count?: number) => string {
  return (count) => (count === undefined ? lines : lines.slice(-count)).join('\n');
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/** Whether any process of `pid`'s group is still running. */
export function isGroupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function waitForGroupExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isGroupAlive(pid)) return true;
    await sleep(100);
  }
  return !isGroupAlive(pid);
}

export type Readiness =
  | { url: string; timeoutMs?: number; ready?: (status: number) => boolean }
  | { port: number; timeoutMs?: number }
  | { line: RegExp; timeoutMs?: number };

/**
 * Resolves once the process is ready: `url` answers (with 200, or what `ready` accepts),
 * 127.0.0.1:`port` accepts connections, or a line of its output matches `line`. Fails at once, with the process's last lines, when the
 * process exits first, and with them too when `timeoutMs` (default: no limit) runs out.
 */
export async function waitUntilReady(proc: ManagedProcess, readiness: Readiness): Promise<void> {
  const what =
    'url' in readiness
      ? readiness.url
      : 'port' in readiness
        ? `port ${readiness.port}`
        : `a line matching ${readiness.line}`;
  const output = () => `Its output${proc.logFile ? ` (${proc.logFile})` : ''}:\n${proc.output()}`;
  const ready =
    'line' in readiness
      ? untilLine(proc, readiness.line, readiness.timeoutMs)
      : untilAnswers(
          'url' in readiness ? readiness : { url: `tcp:127.0.0.1:${readiness.port}`, timeoutMs: readiness.timeoutMs },
        );
  const died = proc.exited.then((how) => {
    throw new Error(`${proc.name} exited (${how}) before ${what} was ready. ${output()}`);
  });
  try {
    await Promise.race([ready, died]);
  } catch (error) {
    if (proc.hasExited()) return died;
    throw new Error(
      `${proc.name} was not ready at ${what} within ${readiness.timeoutMs} ms (${(error as Error).message}). ${output()}`,
    );
  } finally {
    died.catch(() => {});
  }
}

function untilAnswers(readiness: {
  url: string;
  timeoutMs?: number;
  ready?: (status: number) => boolean;
}): Promise<void> {
  return waitOn({
    // GET, as a browser would (wait-on's http: sends HEAD).
    resources: [readiness.url.replace(/^http/, 'http-get')],
    tcpTimeout: 1_000,
    interval: 250,
    window: 250,
    httpTimeout: 2_000,
    timeout: readiness.timeoutMs,
    followRedirect: false,
    proxy: false,
    validateStatus: readiness.ready ?? ((status) => status === 200),
  });
}

function untilLine(proc: ManagedProcess, line: RegExp, timeoutMs = Infinity): Promise<void> {
  const started = Date.now();
  return (async () => {
    while (
      !proc
        .output()
        .split('\n')
        .some((seen) => line.test(seen))
    ) {
      if (proc.hasExited()) throw new Error('exited');
      if (Date.now() - started > timeoutMs) throw new Error('timed out');
      await sleep(100);
    }
  })();
}

/** Throws, naming the first port something listens on (on 127.0.0.1, or on every address), with `hint`. */
export async function assertPortsFree(ports: readonly number[], hint = 'free it'): Promise<void> {
  for (const port of ports) {
    if (!(await isPortFree(port))) throw new Error(`port ${port} is in use; ${hint}`);
  }
}

/**
 * Whether this process could listen on 127.0.0.1:port (nothing listens there, nor on every
 * address). get-port is not used: it finds *a* free port and locks each one it returns for
 * 15-30 s, so asking twice about the same fixed port would answer "taken" the second time.
 */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}
