import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

/**
 * Shapes that make validation itself the work. graphql-js's field-merging rule compares every
 * pair of fields with the same response name in a selection set, so 700 copies of `shop { name }`
 * (9 KB, within the token limit) cost most of a second of CPU. A screen needs neither hundreds
 * of copies of one field nor a thousand fields: the storefront's largest operation has about 120.
 */
export const MAX_FIELDS = 1_000;
export const MAX_SAME_FIELD = 20;

/** Why the document's shape is refused, or null. Linear in the document. */
export function documentShapeProblem(document: DocumentNode): string | null {
  let fields = 0;
  let repeated = false;
  visit(document, {
    Field() {
      fields += 1;
    },
    SelectionSet(node) {
      const counts = new Map<string, number>();
      for (const selection of node.selections) {
        if (selection.kind !== Kind.FIELD) continue;
        const name = selection.alias?.value ?? selection.name.value;
        const count = (counts.get(name) ?? 0) + 1;
        counts.set(name, count);
        if (count > MAX_SAME_FIELD) repeated = true;
      }
    },
  });
  if (repeated) return 'A field is repeated too many times in one selection.';
  if (fields > MAX_FIELDS) return 'This document has too many fields.';
  return null;
}

/** Refuses such documents before validation, with MAX_FIELDS_EXCEEDED (no numbers echoed). */
export function useDocumentShape(): GatewayPlugin {
  return {
    onValidate({ params, setResult }) {
      const problem = documentShapeProblem(params.documentAST);
      if (problem) setResult([new GraphQLError(problem, { extensions: { code: 'MAX_FIELDS_EXCEEDED' } })]);
    },
  };
}
