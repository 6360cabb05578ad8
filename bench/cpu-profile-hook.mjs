// Loaded into the API child with NODE_OPTIONS=--import (node refuses --cpu-prof in NODE_OPTIONS,
// and bench/lib/api-child.ts fixes the child's arguments): profiles the whole process and writes
// a .cpuprofile into CPU_PROFILE_DIR when it exits. The profiler starts on SIGUSR2, so start-up
// (module compilation, seeding checks) stays out of it. Same-thread inspector calls are
// synchronous, so the profile can be taken in the 'exit' handler.
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import process from 'node:process';

const dir = process.env.CPU_PROFILE_DIR ?? '/tmp/prof';
const session = new Session();
session.connect();
let started = false;
process.on('SIGUSR2', () => {
  if (started) return;
  started = true;
  session.post('Profiler.enable');
  session.post('Profiler.start');
});
process.on('exit', () => {
  if (!started) return;
  session.post('Profiler.stop', (error, result) => {
    if (error) return;
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `CPU.${Date.now()}.${process.pid}.cpuprofile`), JSON.stringify(result.profile));
  });
});
