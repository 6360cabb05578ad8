// Diffs the served schema against the public contract and the previous release (graphql-inspector);
// prints every breaking and dangerous change; exit status 1 on any breaking change.
//
//   npm run schema:check -w @commerce/schema [-- <supergraph.graphql | http(s)://host/graphql>]
//
// The schema is the committed supergraph's API schema by default, or a live endpoint (by introspection).
import { resolve } from 'node:path';
import { buildClientSchema, getIntrospectionQuery, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import { readApiSchema } from './api-schema.js';
import { checkSchema, formatSchemaCheck } from './schema-check.js';
import { supergraphPath } from './subgraphs.js';

async function loadSchema(target: string): Promise<GraphQLSchema> {
  if (!/^https?:\/\//.test(target)) return readApiSchema(resolve(target));
  const response = await fetch(target, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query: getIntrospectionQuery() }),
  });
  const body = (await response.json()) as { data?: IntrospectionQuery; errors?: unknown };
  if (!body.data) throw new Error(`introspection failed: ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
  return buildClientSchema(body.data);
}

const [target = supergraphPath] = process.argv.slice(2);
const results = await checkSchema(await loadSchema(target));
console.log(formatSchemaCheck(results));
process.exit(results.some((result) => result.breaking.length) ? 1 : 0);
