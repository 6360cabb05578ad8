// Lists what a schema does not serve of the public contract; exit status 1 while anything is missing.
//
//   npm run contract -w @commerce/schema [-- <schema.graphql | http(s)://host/graphql> [contract.graphql]]
//
// The schema is the committed supergraph by default, or a live endpoint (by introspection).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { checkContract, contractPath, formatContractReport, readContract } from './contract-check.js';
import { supergraphPath } from './subgraphs.js';

async function loadSchema(target: string): Promise<GraphQLSchema> {
  if (!/^https?:\/\//.test(target)) return buildSchema(readFileSync(resolve(target), 'utf8'), { assumeValidSDL: true });
  const response = await fetch(target, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query: getIntrospectionQuery() }),
  });
  const body = (await response.json()) as { data?: IntrospectionQuery; errors?: unknown };
  if (!body.data) throw new Error(`introspection failed: ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
  return buildClientSchema(body.data);
}

const [target = supergraphPath, contract = contractPath] = process.argv.slice(2);
const report = checkContract(readContract(contract), await loadSchema(target));
console.log(formatContractReport(report));
process.exit(report.problems.length ? 1 : 0);
