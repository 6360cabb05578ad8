import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertPortsFree, startProcess, waitUntilReady } from '@commerce/devtools/processes';
import { ROOT } from './settings.js';
import { assertNotAborting, onCleanup } from './teardown.js';

export interface EdgeChild {
  url: string;
  stop(): Promise<void>;
}

/**
 * varnishd in the foreground with deploy/varnish/default.vcl, its two backend ports pointed at
 * the bench's storefront and gateway, in a throw-away working directory (removed at clean-up).
 */
export async function startEdge(options: {
  port: number;
  storefrontPort: number;
  gatewayPort: number;
  purgeSecret: string;
}): Promise<EdgeChild> {
  assertNotAborting();
  await assertPortsFree([options.port], 'free it or change the ports in bench/publish-to-edge.ts');
  let vcl = await readFile(join(ROOT, 'deploy/varnish/default.vcl'), 'utf8');
  for (const [marker, port] of [
    ['.port = "3000";', options.storefrontPort],
    ['.port = "4000";', options.gatewayPort],
  ] as const) {
    if (vcl.split(marker).length !== 2) throw new Error(`default.vcl: expected exactly one \`${marker}\` line`);
    vcl = vcl.replace(marker, `.port = "${port}";`);
  }
  const workdir = await mkdtemp(join(tmpdir(), 'bench-edge-'));
  // Started as root, varnishd reads the VCL and works in -n as its own unprivileged user.
  await chmod(workdir, 0o755);
  await writeFile(join(workdir, 'default.vcl'), vcl);
  const child = startProcess({
    name: 'varnishd',
    command: '/usr/sbin/varnishd',
    args: [
      '-F',
      '-n',
      join(workdir, 'instance'),
      '-a',
      `127.0.0.1:${options.port}`,
      '-f',
      join(workdir, 'default.vcl'),
      '-s',
      'malloc,64m',
    ],
    cwd: workdir,
    env: { PATH: process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin', EDGE_PURGE_SECRET: options.purgeSecret },
  });
  const edge: EdgeChild = {
    url: `http://127.0.0.1:${options.port}`,
    stop: async () => {
      await child.stop(10_000);
      await rm(workdir, { recursive: true, force: true });
    },
  };
  onCleanup(() => edge.stop());
  await waitUntilReady(child, { port: options.port, timeoutMs: 30_000 });
  return edge;
}
