// `npm run build -w @commerce/api` (nx api:build): one deployable per API service in
// dist/<service>/: index.mjs (an esbuild bundle of src/services/<service>.ts with only that
// service's code), the files it reads at run time, a package.json naming the packages left out
// of the bundle, and node_modules holding exactly those. `node dist/<service>/index.mjs` runs it;
// deploy/docker/<service>.Dockerfile copies that directory and nothing else.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import type { ServiceName } from '../src/stack.js';
import { copyDependencyClosure, installedVersion, readManifest } from './node-modules.js';
import { onlyService, ownModulesArePure, relocateImportMeta } from './plugins.js';
import { API_ARTIFACTS, API_SERVICES, EXTERNAL_PACKAGES, NEVER_SHIPPED } from './services.js';

const apiRoot = resolve(import.meta.dirname, '..');
const repositoryRoot = resolve(apiRoot, '../..');
const distRoot = join(apiRoot, 'dist');

// An ES module bundle of CommonJS packages: they expect require, __filename and __dirname.
const BANNER = [
  "import { createRequire as __artifactRequire } from 'node:module';",
  "import { fileURLToPath as __artifactPath } from 'node:url';",
  'const require = __artifactRequire(import.meta.url);',
  'const __filename = __artifactPath(import.meta.url);',
  "const __dirname = __artifactPath(new URL('.', import.meta.url));",
].join('\n');

const packageOf = (specifier: string) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;

export async function buildArtifact(
  service: ServiceName,
): Promise<{ dir: string; packages: string[]; unresolved: string[] }> {
  const dir = join(distRoot, service);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const result = await build({
    entryPoints: [join(apiRoot, 'src/services', `${service}.ts`)],
    outfile: join(dir, 'index.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    banner: { js: BANNER },
    external: [...EXTERNAL_PACKAGES, ...NEVER_SHIPPED],
    plugins: [onlyService(service), ownModulesArePure(), relocateImportMeta()],
    // Stack traces name source files and lines (node --enable-source-maps); the sources themselves stay out.
    sourcemap: 'linked',
    sourcesContent: false,
    metafile: true,
    logLevel: 'warning',
    legalComments: 'none',
  });
  // The packages the bundle really imports, less the development-only ones it never loads in production.
  const imported = new Set<string>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const { path, external } of output.imports) {
      if (external && !isBuiltin(path)) imported.add(packageOf(path));
    }
  }
  // Packages loaded by a name esbuild cannot follow (router-runtime's `import(moduleName)` of the
  // query planner, `require.resolve('@upstash/ratelimit')`) are not in the metafile: the name
  // written in the bundle is what counts, less the api's package.json bundled for its version
  // (a key there, followed by a colon).
  const bundle = readFileSync(join(dir, 'index.mjs'), 'utf8');
  for (const name of EXTERNAL_PACKAGES) {
    if (new RegExp(`["']${name.replace(/[/.]/g, '\\$&')}["'](?!\\s*:)`).test(bundle)) imported.add(name);
  }
  // Anything else external is a package esbuild could not find and left to a guarded require
  // (pg's optional pg-native): not installed here, so not shipped; listed so a new one is seen.
  const unresolved = [...imported].filter((name) => !EXTERNAL_PACKAGES.includes(name) && !NEVER_SHIPPED.includes(name));
  const packages = [...imported].filter((name) => EXTERNAL_PACKAGES.includes(name)).sort();
  const api = readManifest(apiRoot);
  const manifest = {
    name: `@commerce/${service}`,
    version: api.version,
    private: true,
    type: 'module',
    main: 'index.mjs',
    scripts: { start: 'node index.mjs' },
    engines: { node: '>=20.19' },
    dependencies: Object.fromEntries(packages.map((name) => [name, installedVersion(name, apiRoot)])),
  };
  // What went into the bundle, beside the artifact (not in it): the artifact test reads it.
  writeFileSync(join(distRoot, `${service}.meta.json`), JSON.stringify(result.metafile));
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const file of API_ARTIFACTS[service].files) {
    cpSync(join(repositoryRoot, file), join(dir, file), { recursive: true });
  }
  copyDependencyClosure(packages, apiRoot, dir);
  return { dir, packages, unresolved };
}

const { values } = parseArgs({ options: { service: { type: 'string', multiple: true } } });
const wanted = (values.service ?? API_SERVICES) as ServiceName[];
for (const service of wanted) {
  if (!API_SERVICES.includes(service)) throw new Error(`unknown service ${service}`);
  const started = Date.now();
  const { packages, unresolved } = await buildArtifact(service);
  const left = unresolved.length > 0 ? `; not installed, left to guarded requires: ${unresolved.join(', ')}` : '';
  console.log(`dist/${service}: ${Date.now() - started} ms, external: ${packages.join(', ') || 'none'}${left}`);
}
