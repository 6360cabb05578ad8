import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { useResponseCache } from '@graphql-yoga/plugin-response-cache';
import {
  getOperationAST,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionNode,
  type ValueNode,
} from 'graphql';
import { tokenOf } from '../identity.js';
import { PRIVATE_TYPES, ttlPerSchemaCoordinate } from './cache-policy.js';
import { countResponseCache, type ResponseCacheOutcome } from './metrics.js';
import type { ResponseStore } from './redis-store.js';

export const RESPONSE_CACHE_HEADER = 'x-response-cache';

export interface ResponseCacheOptions {
  supergraph: string;
  store: ResponseStore;
  /** The storefront's session cookie: a request carrying it (or a bearer token) is personal. */
  cookieName: string;
  /** TTL of a public response (exact eviction makes a long one safe). */
  ttlMs: number;
  /** TTL of a response showing stock (`quantityAvailable`, `availableForSale`). */
  stockTtlMs: number;
}

// Mutations of carts, checkouts and accounts change nothing public: their results (cart lines
// with products) must not evict the product pages every add-to-cart shows.
const PRIVATE_MUTATION = /^(cart|checkout|customer|staffAccessToken)/;

/**
 * A mutation that changes public data (staff edits) evicts; one that changes only a person's data
 * does not. Decided on the root fields the mutation really runs, as execution collects them:
 * named and inline fragments resolved, `@skip`/`@include` applied with the request's variables,
 * by field name (an alias is only what the answer calls it), `__typename` left out. Private only
 * when every one of them is a cart, checkout or account mutation; what cannot be decided (a
 * condition that is no boolean, a missing fragment) counts as run and public, so that a staff
 * change is never left in the cache.
 */
export function mutationKind(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Readonly<Record<string, unknown>> | null | undefined,
): 'public-mutation' | 'private-mutation' | null {
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== 'mutation') return null;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const spread = new Set<string>();
  const changesPublicData = (selections: readonly SelectionNode[]): boolean =>
    selections.some((selection) => {
      if (!runs(selection, operation, variables ?? {})) return false;
      if (selection.kind === Kind.FIELD)
        return selection.name.value !== '__typename' && !PRIVATE_MUTATION.test(selection.name.value);
      if (selection.kind === Kind.INLINE_FRAGMENT) return changesPublicData(selection.selectionSet.selections);
      // A fragment spread twice runs its fields once; one the document lacks cannot be decided.
      const name = selection.name.value;
      if (spread.has(name)) return false;
      spread.add(name);
      const fragment = fragments.get(name);
      return !fragment || changesPublicData(fragment.selectionSet.selections);
    });
  return changesPublicData(operation.selectionSet.selections) ? 'public-mutation' : 'private-mutation';
}

/**
 * Whether `@skip`/`@include` let a selection run. Read from the AST and the raw variables, not with
 * graphql-js's coercion: the gateway's schema objects may come from another copy of graphql-js,
 * whose type checks would refuse them.
 */
function runs(
  selection: SelectionNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
): boolean {
  for (const directive of selection.directives ?? []) {
    const name = directive.name.value;
    if (name !== 'skip' && name !== 'include') continue;
    const condition = booleanOf(directive.arguments?.find((argument) => argument.name.value === 'if')?.value);
    if (condition === (name === 'skip')) return false;
  }
  return true;

  function booleanOf(value: ValueNode | undefined): boolean | undefined {
    if (value?.kind === Kind.BOOLEAN) return value.value;
    if (value?.kind !== Kind.VARIABLE) return undefined;
    const variable = value.name.value;
    if (Object.hasOwn(variables, variable)) {
      const given = variables[variable];
      return typeof given === 'boolean' ? given : undefined;
    }
    const fallback = operation.variableDefinitions?.find(
      (definition) => definition.variable.name.value === variable,
    )?.defaultValue;
    return fallback?.kind === Kind.BOOLEAN ? fallback.value : undefined;
  }
}

/**
 * The gateway's response cache: @graphql-yoga/plugin-response-cache (on @envelop/response-cache)
 * over a shared store, for identity-free requests. A request with a customer or staff token is
 * neither answered from nor stored in the cache; a staff mutation still evicts the entities its
 * result names. Responses say `extensions.responseCache.hit` and `x-response-cache: hit|miss|skip`.
 */
export function useGatewayResponseCache(options: ResponseCacheOptions): GatewayPlugin[] {
  const mutations = new WeakMap<object, 'public-mutation' | 'private-mutation'>();
  const personal = (request: Request) => tokenOf(request, options.cookieName) !== null;
  const outcomes = new WeakMap<Request, ResponseCacheOutcome>();

  // The cache is looked up once per request, as execution starts. The yoga wrapper also looks up
  // earlier (onParams, and If-None-Match in onRequest), before the document is parsed: each lookup
  // that misses records a read start in the store, and a store takes the oldest one of its key, so
  // a second lookup per request (or one by an anonymous mutation, which is never stored) left a
  // start behind that the next store of that key took, older than the eviction that made it miss:
  // the new answer deleted itself, and an evicted listing was cached again only on a later miss.
  const executing = new WeakSet<object>();
  // Before the cache plugin's onExecute, which asks `enabled` once per context.
  const markMutations: GatewayPlugin = {
    onExecute({ args }) {
      executing.add(args.contextValue as object);
      const kind = mutationKind(args.document, args.operationName, args.variableValues);
      if (kind) mutations.set(args.contextValue as object, kind);
    },
  };
  const enabled = (request: Request, context: unknown) => {
    if (!executing.has(context as object)) return false;
    const mutation = mutations.get(context as object);
    return mutation ? mutation === 'public-mutation' : !personal(request);
  };

  const cache = useResponseCache({
    cache: options.store,
    // No per-session entries: personal requests skip the cache instead.
    session: () => null,
    enabled,
    ttl: options.ttlMs,
    // A private type has TTL 0 rather than being one of the plugin's `ignoredTypes`: a response
    // holding one is never stored all the same, but an ignored type also ends a mutation's
    // eviction where it first appears, so a staff change sent after a cart field evicted nothing.
    ttlPerSchemaCoordinate: {
      ...ttlPerSchemaCoordinate(options.supergraph, options.stockTtlMs),
      ...Object.fromEntries(PRIVATE_TYPES.map((type) => [type, 0])),
    },
    // An entity is named by `id`, or by `handle` where it has none (Menu): the first of these a
    // type declares (Product, Collection and Page declare `id` before `handle`).
    idFields: ['id', 'handle'],
    invalidateViaMutation: true,
    includeExtensionMetadata: true,
  }) as GatewayPlugin;

  const report: GatewayPlugin = {
    onResultProcess({ request, result }) {
      if (Array.isArray(result) || !result || Symbol.asyncIterator in result) return;
      const metadata = (result as { extensions?: { responseCache?: { hit?: boolean; didCache?: boolean } } }).extensions
        ?.responseCache;
      // miss: answered afresh and stored; skip: neither read from nor stored in the cache.
      const outcome: ResponseCacheOutcome =
        metadata?.hit === true ? 'hit' : metadata?.didCache === true ? 'miss' : 'skip';
      outcomes.set(request, outcome);
      countResponseCache(outcome);
      // A staff mutation answers once what it evicts is gone: its author reads the new value next.
      return options.store.settled();
    },
    onResponse({ request, response }) {
      response.headers.set(RESPONSE_CACHE_HEADER, outcomes.get(request) ?? 'skip');
      // The plugin's ETag is the cache key, which stays the same when an evicted answer is stored
      // anew with other content: a phone or CDN revalidating with it (If-None-Match) got 304 and
      // kept the old price. Without it, clients revalidate by Last-Modified or fetch in full.
      response.headers.delete('etag');
    },
  };

  return [markMutations, cache, report];
}
