import {
  GraphQLError, Kind, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode, type ValueNode,
} from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../platform/graphql/pagination.js';

/**
 * Most objects one operation may ask for. `products(first: 24) { variants(first: 10) }` is
 * about 270; a product page about 150; `products(first: 250) { variants(first: 250) }` (62,750)
 * is refused: a client wanting that much pages through it.
 */
export const MAX_COST = 50_000;

/**
 * Estimates how many objects an operation can return, before it is planned: each field with a
 * selection set costs one object per parent, and a page argument (`first`, `last`, or the `ids`
 * of `nodes`) multiplies what is below it. Without one a list counts as the default page size.
 */
export function estimateCost(document: DocumentNode, variables: Record<string, unknown> = {}): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const valueOf = (node: ValueNode): unknown => {
    if (node.kind === Kind.VARIABLE) return variables[node.name.value];
    if (node.kind === Kind.INT) return Number(node.value);
    if (node.kind === Kind.LIST) return node.values;
    return undefined;
  };
  const argument = (field: FieldNode, name: string) => {
    const node = field.arguments?.find((arg) => arg.name.value === name);
    return node ? valueOf(node.value) : undefined;
  };
  // The page a connection field returns: `first`/`last`, else the server's default page.
  const pageOf = (field: FieldNode): number | null => {
    for (const name of ['first', 'last']) {
      const value = argument(field, name);
      // Past the cap the subgraph refuses the argument itself, with a more precise error.
      if (typeof value === 'number') return Math.min(MAX_PAGE_SIZE, Math.max(0, value));
    }
    return CONNECTION_FIELDS.has(field.name.value) ? DEFAULT_PAGE_SIZE : null;
  };

  // `parents`: how many objects this selection set is evaluated for. `page`: set when the
  // selection set is a connection's, whose `edges`/`nodes` hold `parents × page` items.
  const walk = (selectionSet: SelectionSetNode, parents: number, page: number | null, spread: Set<string>): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        cost += walk(selection.selectionSet, parents, page, spread);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !spread.has(fragment.name.value)) {
          cost += walk(fragment.selectionSet, parents, page, new Set([...spread, fragment.name.value]));
        }
      } else if (selection.selectionSet) {
        const ids = argument(selection, 'ids');
        const count = page != null && ITEM_FIELDS.has(selection.name.value) ? parents * page
          : Array.isArray(ids) ? parents * ids.length
          : parents;
        const childPage = page != null && ITEM_FIELDS.has(selection.name.value) ? null : pageOf(selection);
        cost += count + walk(selection.selectionSet, count, childPage, spread);
      }
    }
    return cost;
  };
  let total = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) total += walk(definition.selectionSet, 1, null, new Set());
  }
  return total;
}

// Connection fields of the contract, and the fields inside a connection that hold its page.
const CONNECTION_FIELDS = new Set(['products', 'variants', 'images', 'collections', 'addresses', 'search', 'orders', 'lines', 'pages']);
const ITEM_FIELDS = new Set(['edges', 'nodes']);

export function useCostLimit(maxCost = MAX_COST): GatewayPlugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const cost = estimateCost(args.document, args.variableValues ?? {});
      if (cost > maxCost) {
        setResultAndStopExecution({
          data: null,
          errors: [new GraphQLError(`This query could return about ${cost} objects; the limit is ${maxCost}. Ask for smaller pages.`, {
            extensions: { code: 'MAX_COST_EXCEEDED', cost, maxCost },
          })],
        });
      }
    },
  };
}
