import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { assertPortsFree, isGroupAlive, isPortFree, startProcess, waitUntilReady } from './processes.js';

const node = (script: string) => ({
  command: process.execPath,
  args: ['-e', script],
  cwd: process.cwd(),
  env: { PATH: process.env.PATH },
});

describe('startProcess', () => {
  it('waits for an output line, keeps the last lines, and stops the whole group (a grandchild too)', async () => {
    // The child starts a grandchild that ignores nothing but would outlive a child-only kill.
    const proc = startProcess({
      name: 'parent',
      ...node(`
        require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
        for (let i = 1; i <= 200; i++) console.log('line ' + i);
        console.error('ready now');
        setInterval(() => {}, 1000);
      `),
    });
    await waitUntilReady(proc, { line: /^ready now$/, timeoutMs: 10_000 });
    expect(proc.output(2)).toBe('line 200\nready now');
    expect(proc.output().split('\n')).toHaveLength(150);
    expect(isGroupAlive(proc.pid)).toBe(true);
    await proc.stop(2_000);
    expect(isGroupAlive(proc.pid)).toBe(false);
    expect(await proc.exited).toBe('SIGTERM');
  });

  it('sends SIGKILL when SIGTERM is ignored for longer than the grace period', async () => {
    const proc = startProcess({
      name: 'stubborn',
      ...node(`process.on('SIGTERM', () => {}); console.log('up'); setInterval(() => {}, 1000);`),
    });
    await waitUntilReady(proc, { line: /up/, timeoutMs: 10_000 });
    await proc.stop(300);
    expect(await proc.exited).toBe('SIGKILL');
  });

  it('fails at once, with the last lines, when the process exits before it is ready', async () => {
    const proc = startProcess({ name: 'crasher', ...node(`console.error('bad config: PORT'); process.exit(3);`) });
    await expect(waitUntilReady(proc, { url: 'http://127.0.0.1:9/never', timeoutMs: 30_000 })).rejects.toThrow(
      /crasher exited \(3\) before http:\/\/127\.0\.0\.1:9\/never was ready\. Its output:\nbad config: PORT/,
    );
  });

  it('waits until a URL answers with an accepted status', async () => {
    const proc = startProcess({
      name: 'server',
      ...node(
        `setTimeout(() => require('node:http').createServer((q, s) => { s.statusCode = 404; s.end(); }).listen(0, '127.0.0.1', function () { console.log('port ' + this.address().port); }), 300); setInterval(() => {}, 1000);`,
      ),
    });
    await waitUntilReady(proc, { line: /^port \d+$/, timeoutMs: 10_000 });
    const port = Number(proc.output().match(/port (\d+)/)![1]);
    await waitUntilReady(proc, { url: `http://127.0.0.1:${port}/`, timeoutMs: 5_000, ready: (status) => status < 500 });
    await expect(waitUntilReady(proc, { url: `http://127.0.0.1:${port}/`, timeoutMs: 1_000 })).rejects.toThrow(
      /server was not ready/,
    );
    await waitUntilReady(proc, { port, timeoutMs: 5_000 });
    await proc.stop();
  });
});

describe('ports', () => {
  it('tells a port something listens on from a free one, as often as asked', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    expect(await isPortFree(port)).toBe(false);
    await expect(assertPortsFree([port], 'change it')).rejects.toThrow(`port ${port} is in use; change it`);
    await new Promise((resolve) => server.close(resolve));
    expect(await isPortFree(port)).toBe(true);
    expect(await isPortFree(port)).toBe(true);
  });
});
