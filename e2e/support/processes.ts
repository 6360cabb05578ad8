import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { connect } from 'node:net';

const KEEP_LINES = 150;

export interface ManagedProcess {
  name: string;
  pid: number;
  logFile: string;
  /** The last lines the process wrote (stdout and stderr interleaved). */
  output(): string;
  /** Resolves with the exit code (or signal name) once the direct child has exited. */
  exited: Promise<string>;
  hasExited(): boolean;
  /** SIGTERM to the whole process group, SIGKILL after `graceMs`; throws if anything survives. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Starts a command in a process group of its own, so stopping it also stops what it spawned
 * (npx, tsx and next all fork). Output goes to `logFile` and a short in-memory tail.
 */
export function startProcess(
  name: string,
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string },
): ManagedProcess {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid === undefined) throw new Error(`${name}: could not start ${command}`);
  const pid = child.pid;
  const log = createWriteStream(options.logFile);
  const lines: string[] = [];
  const record = (chunk: Buffer) => {
    log.write(chunk);
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (lines.length > KEEP_LINES) lines.splice(0, lines.length - KEEP_LINES);
  };
  child.stdout.on('data', record);
  child.stderr.on('data', record);
  let done = false;
  const exited = new Promise<string>((resolve) => {
    child.on('error', (error) => {
      lines.push(`[e2e] ${name} failed to start: ${error.message}`);
      done = true;
      resolve('spawn-error');
    });
    child.on('exit', (code, signal) => {
      done = true;
      log.end();
      resolve(signal ?? String(code));
    });
  });

  return {
    name,
    pid,
    logFile: options.logFile,
    output: () => lines.join('\n'),
    exited,
    hasExited: () => done,
    async stop(graceMs = 15_000) {
      signalGroup(pid, 'SIGTERM');
      if (!(await waitForGroupExit(pid, graceMs))) {
        signalGroup(pid, 'SIGKILL');
        if (!(await waitForGroupExit(pid, 5_000))) throw new Error(`${name}: process group ${pid} survived SIGKILL`);
      }
      await Promise.race([exited, sleep(1_000)]);
    },
  };
}

/** Kills a process group at once, for `process.on('exit')`, where nothing async runs. */
export function killGroupNow(pid: number): void {
  signalGroup(pid, 'SIGKILL');
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

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

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Polls `url` until `ready(status)` holds. Fails at once, with the process's output, when the
 * process exits first, and with the output too when the time runs out.
 */
export async function waitUntilReady(
  proc: ManagedProcess,
  url: string,
  options: { timeoutMs: number; ready?: (status: number) => boolean },
): Promise<void> {
  const ready = options.ready ?? ((status) => status === 200);
  const deadline = Date.now() + options.timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (proc.hasExited()) {
      throw new Error(`${proc.name} exited (${await proc.exited}) before ${url} was ready. Its output (${proc.logFile}):\n${proc.output()}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000), redirect: 'manual' });
      await response.arrayBuffer();
      if (ready(response.status)) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await sleep(250);
  }
  throw new Error(`${proc.name} was not ready at ${url} within ${options.timeoutMs} ms (${last}). Its output (${proc.logFile}):\n${proc.output()}`);
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function isPortTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.setTimeout(1_000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
