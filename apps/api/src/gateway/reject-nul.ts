import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

/**
 * PostgreSQL text cannot hold NUL (U+0000): a string carrying one fails whatever statement it
 * reaches. No real handle, title, filter or search has one, so the gateway refuses such
 * strings for every subgraph at once, in literals and variables alike, as BAD_USER_INPUT.
 */
export function useRejectNulStrings(): GatewayPlugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (hasNulLiteral(args.document) || hasNulValue(args.variableValues)) {
        // `data: null` marks an execution result; without it Yoga answers HTTP 500.
        setResultAndStopExecution({
          data: null,
          errors: [
            new GraphQLError('Strings must not contain the NUL character (\\u0000).', {
              extensions: { code: 'BAD_USER_INPUT' },
            }),
          ],
        });
      }
    },
  };
}

function hasNulLiteral(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (node.value.includes('\0')) found = true;
    },
  });
  return found;
}

function hasNulValue(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\0');
  if (Array.isArray(value)) return value.some(hasNulValue);
  if (value && typeof value === 'object') return Object.values(value).some(hasNulValue);
  return false;
}
