import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  Kind,
  Source,
  parse,
  validate,
  visit,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

/** A client's operations: one `.graphql` file each (fragments too), as its codegen reads them. */
export interface OperationFile {
  path: string;
  source: string;
}

export function readOperationFiles(dir: string): OperationFile[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => ({ path: join(dir, name), source: readFileSync(join(dir, name), 'utf8') }));
}

/** The fragments an operation spreads, directly or through other fragments. */
function reachedFragments(
  operation: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
): FragmentDefinitionNode[] {
  const reached = new Map<string, FragmentDefinitionNode>();
  const walk = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (!fragment || reached.has(fragment.name.value)) return;
        reached.set(fragment.name.value, fragment);
        walk(fragment);
      },
    });
  walk(operation);
  return [...reached.values()];
}

/**
 * Validates every operation of a client against a schema (the new supergraph's API schema), the
 * way the gateway would before running it, with the fragments it spreads from any file of the
 * client. A problem names the operation's file, the operation and graphql's message, plus the
 * fragment's file when the broken selection is there:
 * `operations/ProductPage.graphql: query ProductPage: Cannot query field "title" on type "Product". (in operations/ProductCard.graphql)`
 */
export function checkOperations(schema: GraphQLSchema, files: OperationFile[], root = process.cwd()): string[] {
  // Each file parsed as a Source named by its path, so an error says which file it is in.
  const parsed = files.map((file) => ({ file, document: parse(new Source(file.source, file.path)) }));
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const { document } of parsed) {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
  }
  const problems: string[] = [];
  for (const { file, document } of parsed) {
    for (const operation of document.definitions) {
      if (operation.kind !== Kind.OPERATION_DEFINITION) continue;
      const definitions = [operation, ...reachedFragments(operation, fragments)];
      for (const error of validate(schema, { kind: Kind.DOCUMENT, definitions })) {
        const where = error.source?.name;
        const elsewhere = where && where !== file.path ? ` (in ${relative(root, where)})` : '';
        const name = `${operation.operation} ${operation.name?.value ?? '(anonymous)'}`;
        problems.push(`${relative(root, file.path)}: ${name}: ${error.message}${elsewhere}`);
      }
    }
  }
  return problems;
}
