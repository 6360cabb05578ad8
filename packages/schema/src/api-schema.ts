import { readFileSync } from 'node:fs';
import { Supergraph, printSchema } from '@apollo/federation-internals';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { contractPath, supergraphPath } from './subgraphs.js';

/**
 * The schema clients see from a supergraph: what the gateway serves, without federation's
 * machinery (join__/link__ types and directives, @inaccessible elements). Checks against clients
 * (contract, previous release, operations) use this, never the raw supergraph SDL.
 */
export function apiSchema(supergraphSdl: string): GraphQLSchema {
  // Through SDL rather than toGraphQLJSSchema(): federation loads graphql as CommonJS, and under
  // vitest our code gets its ES module, two copies whose objects the other rejects.
  return buildSchema(printSchema(Supergraph.build(supergraphSdl).apiSchema()));
}

/** The API schema of a supergraph file, by default the committed supergraph.graphql. */
export function readApiSchema(path = supergraphPath): GraphQLSchema {
  return apiSchema(readFileSync(path, 'utf8'));
}

/** The public contract as a schema (a plain SDL file: no federation in it). */
export function readContract(path = contractPath): GraphQLSchema {
  return buildSchema(readFileSync(path, 'utf8'));
}
