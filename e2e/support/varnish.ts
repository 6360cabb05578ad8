import { access, chmod, constants, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isPortFree, startProcess, waitUntilReady, type ManagedProcess } from '@commerce/devtools/processes';
import { REPOSITORY_ROOT, STACK_DIR } from './stack-env.js';

const VCL_PATH = join(REPOSITORY_ROOT, 'deploy/varnish/default.vcl');
const CANDIDATES = ['/usr/sbin/varnishd', '/usr/local/sbin/varnishd', '/usr/bin/varnishd'];

export interface Edge {
  url: string;
  process: ManagedProcess;
  stop(): Promise<void>;
}

async function findVarnishd(): Promise<string> {
  for (const candidate of CANDIDATES) {
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // next candidate
    }
  }
  throw new Error(
    'varnishd not found: the edge journeys need Varnish 7 with varnish-modules (`apt-get install -y varnish varnish-modules`).',
  );
}

/** deploy/varnish/default.vcl with its two backend ports replaced; fails loudly if they moved. */
export async function templatedVcl(ports: { storefront: number; gateway: number }): Promise<string> {
  let vcl = await readFile(VCL_PATH, 'utf8');
  for (const [marker, port] of [
    ['.port = "3000";', ports.storefront],
    ['.port = "4000";', ports.gateway],
  ] as const) {
    const count = vcl.split(marker).length - 1;
    if (count !== 1) throw new Error(`${VCL_PATH}: expected exactly one \`${marker}\` line to rewrite, found ${count}`);
    vcl = vcl.replace(marker, `.port = "${port}";`);
  }
  return vcl;
}

/**
 * Runs varnishd in the foreground on 127.0.0.1:`port` with the repository's VCL pointed at the
 * given backends, in a throw-away working directory.
 */
export async function startVarnish(options: {
  name: string;
  port: number;
  storefrontPort: number;
  gatewayPort: number;
  /** What the VCL reads with std.getenv: EDGE_PURGE_SECRET, EDGE_SHOP_HOST. */
  env?: Record<string, string>;
}): Promise<Edge> {
  const varnishd = await findVarnishd();
  if (!(await isPortFree(options.port)))
    throw new Error(`Port ${options.port} is already in use: a Varnish from an earlier run?`);
  const workdir = await mkdtemp(join(tmpdir(), `e2e-${options.name}-`));
  // Started as root, varnishd reads the VCL and works in -n as its own unprivileged user.
  await chmod(workdir, 0o755);
  const vclFile = join(workdir, 'default.vcl');
  await writeFile(vclFile, await templatedVcl({ storefront: options.storefrontPort, gateway: options.gatewayPort }));
  await mkdir(join(STACK_DIR, 'logs'), { recursive: true });
  const proc = startProcess({
    name: options.name,
    command: varnishd,
    args: ['-F', '-n', join(workdir, 'instance'), '-a', `127.0.0.1:${options.port}`, '-f', vclFile, '-s', 'malloc,64m'],
    cwd: workdir,
    env: { PATH: process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin', ...options.env },
    logFile: join(STACK_DIR, 'logs', `${options.name}.log`),
  });
  const stop = async () => {
    await proc.stop(10_000);
    await rm(workdir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(proc, { port: options.port, timeoutMs: 30_000 });
  } catch (error) {
    await stop().catch(() => {});
    throw error;
  }
  return { url: `http://127.0.0.1:${options.port}`, process: proc, stop };
}
