import { readApiSchema } from '@commerce/schema/checks';
import {
  GraphQLSchema,
  buildClientSchema,
  getIntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
  type IntrospectionQuery,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { graphql, useTestStack } from '../test/stack.js';

// The schema checks (packages/schema: diff against the contract and the previous release,
// operation checks) run on the API schema derived from supergraph.graphql. That is only worth
// something if it is what the gateway serves: compared here, by introspection, type for type.
const api = useTestStack();

// The gateway also declares the cost directives the supergraph links (@cost, @listSize); they
// change nothing a client can select or send, and no baseline has them.
const gatewayOnly = ['cost', 'listSize'];

const directiveNames = (schema: GraphQLSchema) => schema.getDirectives().map((directive) => directive.name);

describe('the schema the checks diff', () => {
  it('is the schema the gateway serves', async () => {
    const response = await graphql<IntrospectionQuery>(api.gateway, getIntrospectionQuery());
    expect(response.errors).toBeUndefined();
    const served = buildClientSchema(response.data!);
    const checked = readApiSchema();
    expect(directiveNames(served).sort()).toEqual([...directiveNames(checked), ...gatewayOnly].sort());
    const withoutGatewayOnly = new GraphQLSchema({
      ...served.toConfig(),
      directives: served.getDirectives().filter((directive) => !gatewayOnly.includes(directive.name)),
    });
    expect(printSchema(lexicographicSortSchema(withoutGatewayOnly))).toBe(
      printSchema(lexicographicSortSchema(checked)),
    );
  });
});
