import type { IncomingMessage } from 'node:http';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { Ratelimit } from '@upstash/ratelimit';
import type { Redis } from '@upstash/redis';
import { limitAddress } from '../../platform/limit-address.js';
import { rateLimitClientOf } from './rate-limit-client.js';

// Cart and checkout mutations write to the database and hold stock: a script adding to carts or
// starting checkouts in a loop must not wear the shop down. They get a budget of their own per
// client address (a signed-in account does not get a fresh one: one address, one budget), on
// top of the request and cost budgets, so browsing never spends it and it never spends browsing's.

/** Root mutation fields this budget counts. */
const LIMITED_FIELD = /^(cart|checkout)[A-Z]/;

export interface MutationLimitSettings {
  /** Cart and checkout mutation fields per window and client address. */
  max: number;
  windowSeconds: number;
  redisTimeoutMs: number;
}

/** How many cart/checkout root fields the operation about to run has (aliases each count). */
export function limitedFieldCount(document: DocumentNode, operationName: string | null | undefined): number {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName
    ? operations.find((candidate) => candidate.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (operation?.operation !== 'mutation') return 0;
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  // Root fields hidden in inline fragments or fragment spreads (`... on Mutation { cartLinesAdd }`)
  // run as root fields too, so they count; a fragment already on the path is not re-entered
  // (validation refuses such cycles anyway, but this runs before it).
  const count = (selectionSet: SelectionSetNode, path: ReadonlySet<string>): number =>
    selectionSet.selections.reduce((total, selection) => {
      if (selection.kind === Kind.FIELD) return total + (LIMITED_FIELD.test(selection.name.value) ? 1 : 0);
      if (selection.kind === Kind.INLINE_FRAGMENT) return total + count(selection.selectionSet, path);
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || path.has(name)) return total;
      return total + count(fragment.selectionSet, new Set([...path, name]));
    }, 0);
  return count(operation.selectionSet, new Set());
}

export function useMutationLimit(options: { redis: Redis; settings: MutationLimitSettings }): GatewayPlugin {
  const { settings } = options;
  const limiter = new Ratelimit({
    redis: options.redis,
    limiter: Ratelimit.slidingWindow(settings.max, `${settings.windowSeconds} s`),
    prefix: 'ratelimit:gateway:mutations',
    analytics: false,
    timeout: settings.redisTimeoutMs,
  });
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const count = limitedFieldCount(args.document, args.operationName);
      if (count === 0) return;
      const client = rateLimitClientOf((args.contextValue as { req?: IncomingMessage }).req);
      // The storefront server rendering for itself sends no cart mutations; a shopper's come
      // through it as first-party requests carrying the shopper's address, which counts here.
      if (!client || client.budget === 'storefront-server') return;
      const result = await limiter.limit(`ip:${limitAddress(client.clientIp)}`, { rate: count });
      if (result.success) return;
      const seconds = Math.max(1, Math.ceil((result.reset - Date.now()) / 1000));
      setResultAndStopExecution({
        data: null,
        errors: [
          new GraphQLError(`Too many cart and checkout changes. Try again in ${seconds} s.`, {
            extensions: {
              code: 'THROTTLED',
              retryAfter: seconds,
              http: { status: 429, headers: { 'retry-after': String(seconds) } },
            },
          }),
        ],
      });
    },
  };
}
