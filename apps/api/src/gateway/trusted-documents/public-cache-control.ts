import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import {
  buildASTSchema,
  getNamedType,
  getOperationAST,
  isAbstractType,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { lru } from 'tiny-lru';
import { tokenOf } from '../identity.js';
import { PRIVATE_TYPES, ttlPerSchemaCoordinate } from '../response-cache/cache-policy.js';

/**
 * How long a browser, an app or a CDN may keep a public answer. It is never evicted there (the
 * gateway's own cache is, by entity), so it is kept as short as the stock bound: a CDN in front
 * of the mobile API still takes the flash-sale peak, and nothing it holds is older than that.
 */
export const PUBLIC_MAX_AGE_SECONDS = 5;
export const PUBLIC_CACHE_CONTROL = `public, max-age=${PUBLIC_MAX_AGE_SECONDS}, s-maxage=${PUBLIC_MAX_AGE_SECONDS}`;
export const PRIVATE_CACHE_CONTROL = 'private, no-store';

const DECIDED_MAX = 1_000;
/** Public, and whether it shows stock (whose staleness is bounded, not evicted exactly). */
type Publicness = 'private' | 'public' | 'public-stock';
/** The TTL marking stock fields in the policy map read below (any positive number would do). */
const STOCK = 1;

/**
 * `Cache-Control` for GET answers (POST answers are `no-store` already: security-headers.ts):
 * public only for a query with no customer or staff token, whose every field is one the response
 * cache would keep (response-cache/cache-policy.ts decides what is personal or staff-only) and
 * whose answer has no errors; anything else is `private, no-store`, so no cache on the way keeps it.
 * `Vary: Authorization, Cookie` keeps a request with a token or the session cookie from ever being
 * served a public copy.
 */
export function usePublicCacheControl(options: { supergraph: string; cookieName: string }): GatewayPlugin {
  const isPublic = publicDocumentCheck(options.supergraph);
  const publicRequests = new WeakSet<Request>();
  const candidates = new WeakMap<Request, Publicness>();
  return {
    // Decided from the request's document text (a trusted document's text is already in place),
    // not at validation: an answer from the response cache skips parsing and validation, and
    // must be as public as the same answer computed afresh.
    onParams({ params, request }) {
      if (request.method !== 'GET' || !params.query || tokenOf(request, options.cookieName)) return;
      const publicness = isPublic(params.query, params.operationName ?? undefined);
      if (publicness !== 'private') candidates.set(request, publicness);
    },
    onResultProcess({ request, result }) {
      if (!candidates.has(request) || Array.isArray(result) || !result || Symbol.asyncIterator in result) return;
      if (!(result as { errors?: unknown[] }).errors?.length) publicRequests.add(request);
    },
    onResponse({ request, response }) {
      if (request.method !== 'GET') return;
      response.headers.set('cache-control', publicRequests.has(request) ? PUBLIC_CACHE_CONTROL : PRIVATE_CACHE_CONTROL);
      // A token in either place makes a request personal (answered afresh, never public): a shared
      // cache must key its copies by both, or it would give the copy an anonymous request left to
      // a signed-in browser asking the same URL.
      response.headers.append('vary', 'Authorization, Cookie');
      // Stock may lag the response cache's stock bound at most: an answer served from it says how
      // old it is (from the Last-Modified the cache stored it with), so a CDN or a phone keeps it
      // only what is left of max-age, not max-age on top. Other answers are evicted exactly there.
      const lastModified = response.headers.get('last-modified');
      if (publicRequests.has(request) && candidates.get(request) === 'public-stock' && lastModified) {
        const ageSeconds = Math.floor((Date.now() - Date.parse(lastModified)) / 1000);
        if (ageSeconds > 0) response.headers.set('age', String(ageSeconds));
      }
    },
  };
}

/**
 * Whether a document only reads public data (and whether it shows stock): a query selecting no field the response cache's
 * policy keeps out (TTL 0: personal and staff-only types and fields), and no field of an
 * interface or union that a personal type implements (`node(id:)` can answer a Cart). Decided
 * once per document text and operation name.
 */
function publicDocumentCheck(supergraph: string) {
  const schema: GraphQLSchema = buildASTSchema(parse(supergraph), { assumeValidSDL: true });
  const ttl = ttlPerSchemaCoordinate(supergraph, STOCK);
  const privateTypes = new Set<string>(PRIVATE_TYPES);
  const reachesPrivateType = (typeName: string) => {
    const type = schema.getType(typeName);
    return (
      type !== undefined &&
      type !== null &&
      isAbstractType(type) &&
      schema.getPossibleTypes(type).some((possible) => privateTypes.has(possible.name))
    );
  };
  // Bounded: trusted documents are few, but a third party may send any number of texts.
  const decided = lru<Publicness>(DECIDED_MAX);
  return (query: string, operationName: string | undefined): Publicness => {
    const key = `${operationName ?? ''}\n${query}`;
    const known = decided.get(key);
    if (known !== undefined) return known;
    let document: DocumentNode;
    try {
      document = parse(query);
    } catch {
      return 'private'; // answered with an error, never public
    }
    const operation = getOperationAST(document, operationName);
    let result: Publicness = operation?.operation === 'query' ? 'public' : 'private';
    if (result !== 'private') {
      const typeInfo = new TypeInfo(schema);
      visit(
        document,
        visitWithTypeInfo(typeInfo, {
          Field(node) {
            const parent = typeInfo.getParentType();
            const field = typeInfo.getFieldDef();
            if (!parent || !field) return;
            const fieldTtl = ttl[`${parent.name}.${node.name.value}`];
            if (fieldTtl === 0 || reachesPrivateType(getNamedType(field.type).name)) result = 'private';
            else if (fieldTtl === STOCK && result === 'public') result = 'public-stock';
          },
        }),
      );
    }
    decided.set(key, result);
    return result;
  };
}
