// CPU time from Linux's /proc, read around a measured window: the API's processes (one, or a
// primary and its workers) and the PostgreSQL backends serving the bench's database. The
// figures are the kernel's own accounting (utime + stime), so they cost the API nothing to collect.
import { readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** Clock ticks per second of /proc/<pid>/stat's times (USER_HZ; 100 on every mainstream Linux). */
const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

interface ProcStat {
  pid: number;
  ppid: number;
  pgrp: number;
  /** utime + stime, in seconds. */
  cpuSeconds: number;
}

/** Fields of /proc/<pid>/stat after the command name, which may itself hold spaces and parentheses. */
function readStat(pid: number): ProcStat | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null; // gone since the directory was listed
  }
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state): ppid is field 4, pgrp 5, utime 14, stime 15.
  return {
    pid,
    ppid: Number(fields[1]),
    pgrp: Number(fields[2]),
    cpuSeconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND,
  };
}

function allStats(): ProcStat[] {
  const stats: ProcStat[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readStat(Number(name));
    if (stat) stats.push(stat);
  }
  return stats;
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

/** CPU seconds by pid at one moment. */
export type CpuSample = Map<number, number>;

/**
 * Every process of the API child's process group: the bench starts the child as a group leader
 * (@commerce/devtools/processes), and cluster workers or forked services inherit the group.
 */
export function sampleProcessGroup(groupId: number): CpuSample {
  return new Map(allStats().flatMap((s) => (s.pgrp === groupId ? [[s.pid, s.cpuSeconds] as const] : [])));
}

/**
 * The PostgreSQL backends connected to `databaseName` on this machine: children of a postmaster
 * whose process title (`postgres: <cluster>: <user> <database> <client> <state>`) names it. Other
 * databases on the same server (other sessions' tests) are left out.
 */
export function samplePostgresBackends(databaseName: string): CpuSample {
  const stats = allStats();
  const postmasters = new Set(
    stats.filter((s) => /(^|\/)postgres(\s|$)/.test(commandLine(s.pid).split(' -')[0] ?? '')).map((s) => s.pid),
  );
  const sample: CpuSample = new Map();
  for (const s of stats) {
    if (!postmasters.has(s.ppid)) continue;
    const words = commandLine(s.pid).trim().split(/\s+/);
    if (words[0] === 'postgres:' && words.includes(databaseName)) sample.set(s.pid, s.cpuSeconds);
  }
  return sample;
}

/**
 * CPU seconds spent between two samples. A process that appeared in between counts from zero
 * (it started inside the window); one that exited in between is lost, which the bench avoids by
 * keeping its connections (pooled database sessions, long-lived API processes) open.
 */
export function cpuSecondsBetween(before: CpuSample, after: CpuSample): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}

/** Whether /proc can be read here (Linux); elsewhere the CPU figures are left out. */
export function procAvailable(): boolean {
  try {
    readdirSync('/proc/self');
    return true;
  } catch {
    return false;
  }
}
