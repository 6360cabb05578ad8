import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isCompositeType,
  isListType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../platform/graphql/pagination.js';
import type { FieldCost } from './cost-directives.js';

/** The page a connection field hands down to its `edges`/`nodes`. */
interface SizedPage {
  fields: readonly string[];
  size: number;
}

/**
 * How many objects an operation can make the subgraphs produce, before it is planned, by the
 * cost spec (`@cost`, `@listSize`) the subgraph SDL declares:
 * - every object counts 1, a field with `@cost(weight:)` adds its weight once per parent
 *   (facets, counts and search are whole queries of their own);
 * - a page argument (`first`/`last`) multiplies what is below the connection's `edges`/`nodes`,
 *   a list with `@listSize(assumedSize:)` that size, any other list the largest page;
 * - arguments are read after coercion, so a page size hidden in a variable default counts;
 * - a fragment is priced once per (type, page) and then multiplied per use, so the time is
 *   linear in the document however its fragments nest (a chain of fragments that spread the
 *   next twice is 2^n uses but n walks).
 * Returns null when the variables do not coerce: execution refuses those with a precise error.
 */
export function estimateCost(options: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
  costs: ReadonlyMap<string, FieldCost>;
}): number | null {
  const { schema, document, costs } = options;
  const operation = getOperationAST(document, options.operationName);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], options.variables ?? {});
  if (coerced.errors) return null;
  const variables = coerced.coerced;

  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const fragmentCosts = new Map<string, number>();

  const pageSize = (
    field: GraphQLField<unknown, unknown>,
    node: Parameters<typeof getArgumentValues>[1],
    names: readonly string[],
  ): number => {
    let values: Record<string, unknown>;
    try {
      values = getArgumentValues(field, node, variables);
    } catch {
      return MAX_PAGE_SIZE; // an argument that does not coerce fails execution; price it high meanwhile
    }
    const given = names.map((name) => values[name]).filter((value): value is number => typeof value === 'number');
    // No page argument: the subgraph serves its default page (pagination.ts).
    return given.length ? Math.min(MAX_PAGE_SIZE, Math.max(0, ...given)) : DEFAULT_PAGE_SIZE;
  };

  const idsGiven = (
    field: GraphQLField<unknown, unknown>,
    node: Parameters<typeof getArgumentValues>[1],
  ): number | null => {
    try {
      const value = getArgumentValues(field, node, variables).ids;
      return Array.isArray(value) ? value.length : null;
    } catch {
      return null;
    }
  };

  /** The cost of evaluating `selectionSet` once, for one object of `type`. */
  const walk = (selectionSet: SelectionSetNode, type: GraphQLCompositeType, sized: SizedPage | null): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        if (condition && isCompositeType(condition)) cost += walk(selection.selectionSet, condition, sized);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        const condition = fragment && schema.getType(fragment.typeCondition.name.value);
        if (!fragment || !condition || !isCompositeType(condition)) continue;
        const key = `${fragment.name.value}|${sized ? `${sized.size}:${sized.fields.join(',')}` : ''}`;
        let fragmentCost = fragmentCosts.get(key);
        if (fragmentCost === undefined) {
          fragmentCosts.set(key, 0); // a cycle (refused by validation anyway) adds nothing
          fragmentCost = walk(fragment.selectionSet, condition, sized);
          fragmentCosts.set(key, fragmentCost);
        }
        cost += fragmentCost;
        continue;
      }
      if (!('getFields' in type)) continue; // unions have only __typename
      const field = type.getFields()[selection.name.value];
      if (!field) continue;
      const declared = costs.get(`${type.name}.${field.name}`) ?? {};
      const named = getNamedType(field.type);
      let items = 1;
      const ids = field.args.some((argument) => argument.name === 'ids') ? idsGiven(field, selection) : null;
      if (sized?.fields.includes(field.name)) items = sized.size;
      // `nodes(ids:)` returns one item per id: the coerced list says how many (the cost spec
      // slices by Int arguments only, so the SDL states the bound as assumedSize).
      else if (ids !== null) items = Math.min(ids, declared.assumedSize ?? MAX_PAGE_SIZE);
      else if (declared.assumedSize !== undefined) items = declared.assumedSize;
      else if (isListType(getNullableType(field.type))) items = MAX_PAGE_SIZE;
      let childSized: SizedPage | null = null;
      if (declared.slicingArguments?.length) {
        const size = pageSize(field, selection, declared.slicingArguments);
        if (declared.sizedFields?.length) childSized = { fields: declared.sizedFields, size };
        else items = size;
      }
      const children =
        selection.selectionSet && isCompositeType(named) ? walk(selection.selectionSet, named, childSized) : 0;
      cost += (declared.weight ?? 0) + items * ((isCompositeType(named) ? 1 : 0) + children);
    }
    return cost;
  };
  return walk(operation.selectionSet, root, null);
}
