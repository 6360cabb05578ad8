import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { getOperationAST, Kind, type DocumentNode } from 'graphql';
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

/** A mutation that changes public data (staff edits) evicts; one that changes only a person's data does not. */
function mutationKind(
  document: DocumentNode,
  operationName: string | null | undefined,
): 'public-mutation' | 'private-mutation' | null {
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== 'mutation') return null;
  const changesPublicData = operation.selectionSet.selections.some(
    (selection) => selection.kind !== Kind.FIELD || !PRIVATE_MUTATION.test(selection.name.value),
  );
  return changesPublicData ? 'public-mutation' : 'private-mutation';
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

  // Before the cache plugin's onExecute, which asks `enabled` once per context.
  const markMutations: GatewayPlugin = {
    onExecute({ args }) {
      const kind = mutationKind(args.document, args.operationName);
      if (kind) mutations.set(args.contextValue as object, kind);
    },
  };
  const enabled = (request: Request, context: unknown) => {
    const mutation = mutations.get(context as object);
    return mutation ? mutation === 'public-mutation' : !personal(request);
  };

  const cache = useResponseCache({
    cache: options.store,
    // No per-session entries: personal requests skip the cache instead.
    session: () => null,
    enabled,
    ttl: options.ttlMs,
    ttlPerSchemaCoordinate: ttlPerSchemaCoordinate(options.supergraph, options.stockTtlMs),
    ignoredTypes: [...PRIVATE_TYPES],
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
