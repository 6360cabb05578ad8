import { readFileSync } from 'node:fs';
import type { GraphQLSchema } from 'graphql';
import { apiSchema, readContract } from './api-schema.js';
import { diffSchemas, formatSchemaDiff, type SchemaDiff } from './schema-diff.js';
import { previousReleasePath } from './subgraphs.js';

/** A baseline the served schema must stay compatible with. */
export interface Baseline {
  label: string;
  schema: GraphQLSchema;
}

/** The public contract (mobile apps) and the release now in production (the one a deploy replaces). */
export function baselines(): Baseline[] {
  return [
    { label: 'public contract', schema: readContract() },
    { label: 'previous release', schema: apiSchema(readFileSync(previousReleasePath, 'utf8')) },
  ];
}

export interface BaselineResult extends SchemaDiff {
  label: string;
}

/** Diffs `served` against every baseline; the change is safe to ship when none has a breaking change. */
export async function checkSchema(served: GraphQLSchema, against = baselines()): Promise<BaselineResult[]> {
  return Promise.all(against.map(async ({ label, schema }) => ({ label, ...(await diffSchemas(schema, served)) })));
}

export function formatSchemaCheck(results: BaselineResult[]): string {
  return results.map((result) => formatSchemaDiff(result.label, result)).join('\n');
}
