import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import type { ServiceName } from '../src/stack.js';

const apiRoot = resolve(import.meta.dirname, '..');
const repositoryRoot = resolve(apiRoot, '../..');
const stackFile = resolve(apiRoot, 'src/stack.ts');

// stack.ts starts every service, each with one function; nothing else in it belongs to one service.
const START_FUNCTIONS: Record<string, ServiceName> = {
  startGatewayService: 'gateway',
  startCatalogService: 'catalog',
  startInventoryService: 'inventory',
  startCustomersService: 'customers',
  startCartService: 'cart',
  startCheckoutService: 'checkout',
  startContentService: 'content',
  startWorkerService: 'worker',
};

/** The names stack.ts imports from `specifier`, less type-only ones. */
function importedNames(source: string, specifier: string): string[] {
  const quoted = specifier.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const found = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*'${quoted}'`).exec(source);
  return (found?.[1] ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name && !name.startsWith('type '));
}

/**
 * Keeps the other services out of one service's bundle: in stack.ts, the functions that start
 * another service become stubs that throw if called (they are called only for a service in
 * SERVICES, which services/run-service.ts pins to this one). Everything else stack.ts imports
 * from the same module is the real thing, and with our modules pure (below) a server, its
 * resolvers and their packages go unless this service's own code uses them.
 */
export function onlyService(service: ServiceName): Plugin {
  return {
    name: 'only-service',
    setup(build) {
      build.onResolve({ filter: /^\.\// }, async (args) => {
        if (resolve(args.importer) !== stackFile || args.pluginData === 'real') return undefined;
        const names = importedNames(readFileSync(stackFile, 'utf8'), args.path);
        const unknown = names.filter((name) => /^start\w+Service$/.test(name) && !(name in START_FUNCTIONS));
        if (unknown.length > 0) throw new Error(`stack.ts starts ${unknown.join(', ')}: add it to build/plugins.ts`);
        const others = names.filter((name) => name in START_FUNCTIONS && START_FUNCTIONS[name] !== service);
        if (others.length === 0) return undefined;
        const real = await build.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: 'real',
        });
        if (real.errors.length > 0) return { errors: real.errors };
        const kept = names.filter((name) => !others.includes(name));
        return { path: args.path, namespace: 'not-in-artifact', pluginData: { others, kept, real: real.path } };
      });
      build.onLoad({ filter: /.*/, namespace: 'not-in-artifact' }, (args) => {
        const { others, kept, real } = args.pluginData as { others: string[]; kept: string[]; real: string };
        const stub = (name: string) =>
          `export const ${name} = () => { throw new Error(${JSON.stringify(`${START_FUNCTIONS[name]} is not in the ${service} artifact`)}); };`;
        const reexport = kept.length > 0 ? [`export { ${kept.join(', ')} } from ${JSON.stringify(real)};`] : [];
        return { contents: [...reexport, ...others.map(stub)].join('\n'), loader: 'js', resolveDir: dirname(real) };
      });
    },
  };
}

/**
 * Sources find their files relative to themselves (`new URL('../../../drizzle', import.meta.url)`).
 * In the bundle each source's import.meta.url becomes its repository path under the artifact's
 * root, where build/artifacts.ts copies those files with the same layout: the code is unchanged
 * and a file is found where it was.
 */
export function relocateImportMeta(): Plugin {
  return {
    name: 'relocate-import-meta',
    setup(build) {
      // Only our own files (the filter runs in esbuild, sparing a call per package file).
      const ownFiles = new RegExp(
        `^${repositoryRoot.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/(apps|packages)/.*\\.(ts|mjs|js)$`,
      );
      build.onLoad({ filter: ownFiles }, (args) => {
        if (args.path.includes('/node_modules/') || !args.path.startsWith(repositoryRoot)) return undefined;
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes('import.meta.url')) return undefined;
        const at = `./${relative(repositoryRoot, args.path)}`;
        return {
          contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(at)}, import.meta.url).href`),
          loader: args.path.endsWith('.ts') ? 'ts' : 'js',
        };
      });
    },
  };
}

/**
 * Our own modules are pure: none is imported for its side effects alone (no bare `import './x.js'`),
 * so one whose exports a service never uses can be left out. The domains import each other
 * through their index.ts barrels; without this the inventory artifact would carry the catalog's
 * image encoder (sharp) because it reads one catalog table.
 */
export function ownModulesArePure(): Plugin {
  return {
    name: 'own-modules-are-pure',
    setup(build) {
      build.onResolve({ filter: /^(\.\.?)?\// }, async (args) => {
        if (args.pluginData === 'pure' || args.importer.includes('/node_modules/')) return undefined;
        if (args.namespace !== 'file' && args.namespace !== 'not-in-artifact') return undefined;
        const resolved = await build.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: 'pure',
        });
        if (resolved.errors.length > 0 || resolved.external) return undefined;
        return { ...resolved, sideEffects: false };
      });
    },
  };
}
