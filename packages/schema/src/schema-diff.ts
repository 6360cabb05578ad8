import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import type { GraphQLSchema } from 'graphql';

/** A schema change as graphql-inspector classifies it. */
export interface SchemaChange {
  level: CriticalityLevel;
  type: string;
  path: string;
  message: string;
  reason?: string;
}

/** What changed from a baseline (the contract, the previous release) to the schema served now. */
export interface SchemaDiff {
  /** Breaks a client written against the baseline: the check fails on any. */
  breaking: SchemaChange[];
  /** May change what an existing client sees (a new enum value, a new optional argument): listed. */
  dangerous: SchemaChange[];
  /** Additions and descriptions: fine. */
  safe: SchemaChange[];
}

function toSchemaChange(change: Change): SchemaChange {
  return {
    level: change.criticality.level,
    type: change.type,
    path: change.path ?? '',
    message: change.message,
    reason: change.criticality.reason,
  };
}

/** Diffs `served` against `baseline` with graphql-inspector and sorts the changes by criticality. */
export async function diffSchemas(baseline: GraphQLSchema, served: GraphQLSchema): Promise<SchemaDiff> {
  const changes = (await diff(baseline, served)).map(toSchemaChange);
  return {
    breaking: changes.filter((change) => change.level === CriticalityLevel.Breaking),
    dangerous: changes.filter((change) => change.level === CriticalityLevel.Dangerous),
    safe: changes.filter((change) => change.level === CriticalityLevel.NonBreaking),
  };
}

/** `BREAKING Product.title: Field 'Product.title' changed type from 'String!' to 'String'`. */
export function formatChange(change: SchemaChange): string {
  return `${change.level} ${change.path || '(schema)'}: ${change.message}`;
}

/** One line per breaking and dangerous change, then `<label>: N breaking, N dangerous, N safe`. */
export function formatSchemaDiff(label: string, { breaking, dangerous, safe }: SchemaDiff): string {
  return [
    ...breaking.map(formatChange),
    ...dangerous.map(formatChange),
    `${label}: ${breaking.length} breaking, ${dangerous.length} dangerous, ${safe.length} safe`,
  ].join('\n');
}
