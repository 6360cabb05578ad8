import { Kind, parse, type ConstDirectiveNode, type ConstValueNode } from 'graphql';

/** What the SDL says a field costs, from the IBM cost spec directives `@cost` and `@listSize`. */
export interface FieldCost {
  /** `@cost(weight:)`: added once per parent object, e.g. a facet or count query. */
  weight?: number;
  /** `@listSize(assumedSize:)`: how many items a plain list holds. */
  assumedSize?: number;
  /** `@listSize(slicingArguments:)`: the arguments that set the page size, e.g. `first`. */
  slicingArguments?: string[];
  /** `@listSize(sizedFields:)`: the fields of the returned connection that the page sizes. */
  sizedFields?: string[];
}

/**
 * Reads `@cost`/`@listSize` from the supergraph SDL once, at start-up, into `Type.field` →
 * cost. Subgraph SDL is the place a developer states what a field costs (packages/schema).
 */
export function readCostDirectives(supergraphSdl: string): Map<string, FieldCost> {
  const costs = new Map<string, FieldCost>();
  for (const definition of parse(supergraphSdl).definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION
    )
      continue;
    for (const field of definition.fields ?? []) {
      const cost: FieldCost = {};
      for (const directive of field.directives ?? []) {
        if (directive.name.value === 'cost') cost.weight = intArgument(directive, 'weight');
        if (directive.name.value === 'listSize') {
          cost.assumedSize = intArgument(directive, 'assumedSize');
          cost.slicingArguments = stringListArgument(directive, 'slicingArguments');
          cost.sizedFields = stringListArgument(directive, 'sizedFields');
        }
      }
      if (Object.values(cost).some((value) => value !== undefined))
        costs.set(`${definition.name.value}.${field.name.value}`, cost);
    }
  }
  return costs;
}

function argumentValue(directive: ConstDirectiveNode, name: string): ConstValueNode | undefined {
  return directive.arguments?.find((argument) => argument.name.value === name)?.value;
}

function intArgument(directive: ConstDirectiveNode, name: string): number | undefined {
  const value = argumentValue(directive, name);
  return value?.kind === Kind.INT ? Number(value.value) : undefined;
}

function stringListArgument(directive: ConstDirectiveNode, name: string): string[] | undefined {
  const value = argumentValue(directive, name);
  if (value?.kind !== Kind.LIST) return undefined;
  return value.values.flatMap((item) => (item.kind === Kind.STRING ? [item.value] : []));
}
