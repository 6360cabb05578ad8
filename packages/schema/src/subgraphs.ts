import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Subgraphs composed into the supergraph, in composition order. */
export const SUBGRAPH_NAMES = ['catalog', 'inventory', 'customers', 'cart', 'checkout', 'content'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

const schemaRoot = new URL('../', import.meta.url);

export const supergraphPath = fileURLToPath(new URL('supergraph.graphql', schemaRoot));

/** The supergraph of the release running in production, refreshed by `npm run release:schema`. */
export const previousReleasePath = fileURLToPath(new URL('releases/previous.graphql', schemaRoot));

/** The public contract (names, arguments and nullability binding for mobile apps); never edited here. */
export const contractPath = fileURLToPath(new URL('contract/storefront.graphql', schemaRoot));

export function subgraphPath(name: SubgraphName): string {
  return fileURLToPath(new URL(`subgraphs/${name}.graphql`, schemaRoot));
}

/** The SDL a subgraph serves, read from `subgraphs/<name>.graphql`. */
export function readSubgraphSdl(name: SubgraphName): string {
  return readFileSync(subgraphPath(name), 'utf8');
}
