// Self time of a V8 .cpuprofile (node --cpu-prof) by package and by function, as shares of the
// busy (non-idle) time: `npx tsx bench/cpu-profile-summary.ts /tmp/prof/CPU.….cpuprofile [top]`.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg] = process.argv.slice(2);
if (!file) throw new Error('usage: cpu-profile-summary.ts <file.cpuprofile> [top]');
const top = Number(topArg ?? 30);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parents = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);

/** Samples of the profiler starting itself (bench/cpu-profile-hook.mjs), not of the API. */
function isProfilerStart(id: number): boolean {
  for (let at: number | undefined = id; at !== undefined; at = parents.get(at))
    if (nodes.get(at)!.callFrame.url.endsWith('cpu-profile-hook.mjs')) return true;
  return false;
}

/** node_modules/<package> (scoped too), node:internal, our own source, or V8's pseudo frames. */
function packageOf(url: string, name: string): string {
  if (!url) return `(${name || 'anonymous'})`;
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url.slice(url.lastIndexOf('node_modules/') - 0));
  if (match) return match[1]!;
  // Node's own fetch is undici, bundled under node:internal/deps.
  if (url.startsWith('node:internal/deps/')) return 'node:' + url.split('/')[2];
  if (url.startsWith('node:')) return url.split('/').slice(0, 2).join('/');
  const own = /\/(apps\/[^/]+\/src\/[^/]+(?:\/[^/]+)?)/.exec(url);
  return own ? own[1]! : url;
}

const byFunction = new Map<string, number>();
const byPackage = new Map<string, number>();
let busy = 0;
profile.samples.forEach((id, i) => {
  const node = nodes.get(id)!;
  const { functionName, url, lineNumber } = node.callFrame;
  if (functionName === '(idle)' || functionName === '(program)' || isProfilerStart(id)) return;
  const dt = profile.timeDeltas[i] ?? 0;
  busy += dt;
  const pkg = packageOf(url, functionName);
  const fn = `${functionName || '(anonymous)'} ${pkg}${url ? `:${lineNumber + 1}` : ''}`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + dt);
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + dt);
});

const print = (title: string, map: Map<string, number>) => {
  console.log(`\n${title} (share of ${(busy / 1e6).toFixed(1)} s busy)`);
  for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${((100 * us) / busy).toFixed(1).padStart(5)}%  ${key}`);
};
print('self time by package', byPackage);
print('self time by function', byFunction);
