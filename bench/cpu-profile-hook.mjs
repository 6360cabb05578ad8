// Loaded into the API child with NODE_OPTIONS=--import (node refuses --cpu-prof in NODE_OPTIONS,
// and bench/lib/api-child.ts fixes the child's arguments). The first SIGUSR2 starts the V8
// profiler, the second stops it and writes a .cpuprofile into CPU_PROFILE_DIR, so start-up,
// warm-up and shutdown (whose aborted calls build error stacks) stay out of it. A profile still
// running at exit is written then: same-thread inspector calls are synchronous.
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import process from 'node:process';

const dir = process.env.CPU_PROFILE_DIR ?? '/tmp/prof';
const session = new Session();
session.connect();
let state = 'idle';

function stopAndWrite() {
  state = 'written';
  session.post('Profiler.stop', (error, result) => {
    if (error) return;
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `CPU.${Date.now()}.${process.pid}.cpuprofile`), JSON.stringify(result.profile));
  });
}

process.on('SIGUSR2', () => {
  if (state === 'running') return stopAndWrite();
  if (state !== 'idle') return;
  state = 'running';
  session.post('Profiler.enable');
  session.post('Profiler.start');
});
process.on('exit', () => {
  if (state === 'running') stopAndWrite();
});
