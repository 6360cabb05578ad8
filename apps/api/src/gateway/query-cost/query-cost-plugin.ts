import { buildASTSchema, GraphQLError, parse } from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { readCostDirectives } from './cost-directives.js';
import { estimateCost } from './estimate-cost.js';

/**
 * Most an operation may cost (see estimate-cost.ts). A collection page with 24 products, 10
 * variants each, facets and a count is about 3,300; a product page about 150. Clients wanting
 * more page through it. Also the bound on `_entities` representations per subgraph call.
 */
export const MAX_COST = 20_000;
/**
 * What a document that fails validation spends from its client's cost budget: about what its
 * validation cost (document-shape.ts bounds that), so a client cannot make validation its free
 * work, yet a developer's typos (a few hundred a minute) never throttle them.
 */
export const INVALID_DOCUMENT_COST = 1_000;

/**
 * Refuses an operation whose estimated cost passes `maxCost` before it is planned, so no
 * subgraph and no planner time is spent on it. The message does not echo the limit. Each
 * operation's cost is spent from its client's budget (`spend`); a refused one is charged the
 * limit and one that fails validation INVALID_DOCUMENT_COST, so a client sending nothing but
 * refused documents soon spends its budget too.
 */
export function useQueryCost(options: {
  supergraph: string;
  maxCost?: number;
  spend?: (context: object, cost: number) => Promise<GraphQLError | null>;
}): GatewayPlugin {
  const costs = readCostDirectives(options.supergraph);
  // Our own copy of the schema, built from the same supergraph: the gateway's may come from the
  // other (CommonJS) build of graphql-js, whose types fail the instanceof checks of this one.
  const schema = buildASTSchema(parse(options.supergraph), { assumeValidSDL: true });
  const maxCost = options.maxCost ?? MAX_COST;
  return {
    onValidate({ context }) {
      return ({ valid }) => {
        if (!valid) void options.spend?.(context as object, INVALID_DOCUMENT_COST).catch(() => {});
      };
    },
    async onExecute({ args, setResultAndStopExecution }) {
      const cost = estimateCost({
        schema,
        document: args.document,
        operationName: args.operationName,
        variables: args.variableValues as Record<string, unknown> | null,
        costs,
      });
      if (cost === null) return;
      const throttled = await options.spend?.(args.contextValue as object, Math.min(cost, maxCost));
      if (cost > maxCost) {
        setResultAndStopExecution({
          data: null,
          errors: [
            new GraphQLError(
              'This query asks for too much at once. Ask for smaller pages, or fewer facets and counts.',
              {
                extensions: { code: 'MAX_COST_EXCEEDED' },
              },
            ),
          ],
        });
      } else if (throttled) {
        setResultAndStopExecution({ data: null, errors: [throttled] });
      }
    },
  };
}
