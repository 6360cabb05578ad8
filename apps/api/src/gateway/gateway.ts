import { readFileSync } from 'node:fs';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { Redis } from '@upstash/redis';
import { placeholderUrl, supergraphPath, type SubgraphName } from '@commerce/schema';
import { CSRF_HEADER, useCsrfPrevention } from './csrf.js';
import { identityPerRequest, type ResolveIdentity } from './identity.js';
import { useDocumentShape } from './document-shape.js';
import { limitPlugins } from './limits.js';
import { useQueryCost } from './query-cost/query-cost-plugin.js';
import { useMutationLimit } from './rate-limits/mutation-limit.js';
import { createRateLimits, type RateLimitSettings } from './rate-limits/rate-limit-plugin.js';
import { useRejectNulStrings } from './reject-nul.js';
import { useErrorMetrics } from './error-metrics.js';
import { useRequestIdInErrors } from './request-id.js';
import { useGatewayResponseCache, type ResponseCacheSettings } from './response-cache/index.js';
import { schemaPrivacyPlugins } from './schema-privacy.js';
import { useSignedSubgraphRequests } from './sign-subgraph-requests.js';
import { loadTrustedDocuments } from './trusted-documents/manifests.js';
import { usePublicCacheControl } from './trusted-documents/public-cache-control.js';
import { trustedDocuments } from './trusted-documents/trusted-documents.js';
import { useSubgraphCircuitBreaker, useSubgraphTimeout, type UpstreamOptions } from './upstream.js';

export interface GatewayOptions {
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  development: boolean;
  /** In-flight deduplication of identical subgraph requests; benchmarks turn it off. */
  deduplicate: boolean;
  /** Signs the identity header every subgraph checks. */
  secret: string;
  resolveIdentity: ResolveIdentity;
  /** The storefront's session cookie: requests carrying it get CSRF checks. */
  cookieName: string;
  /** Browser origins allowed to send credentials. */
  corsOrigins: string[];
  /** Shared by every instance: rate-limit counters. */
  redis: Redis;
  rateLimits: RateLimitSettings;
  /** Subgraph call timeout and circuit breaker. */
  upstream: UpstreamOptions;
  /** Identity-free queries answered from a shared cache; null: off. */
  responseCache: ResponseCacheSettings | null;
}

/**
 * The federation gateway: Hive Gateway with the Rust query planner over the committed
 * supergraph (never introspected at runtime), with operation limits and masked errors.
 */
export function createGateway(options: GatewayOptions) {
  const identityOf = identityPerRequest(options.resolveIdentity);
  const rateLimits = createRateLimits({ redis: options.redis, settings: options.rateLimits, identityOf });
  let supergraph = readFileSync(supergraphPath, 'utf8');
  for (const [name, url] of Object.entries(options.subgraphUrls)) {
    supergraph = supergraph.replaceAll(placeholderUrl(name), url);
  }
  // First-party clients' operations, by hash; read once at start-up (docs/trusted-documents.md).
  const trusted = trustedDocuments(loadTrustedDocuments());
  const runtime = createGatewayRuntime({
    supergraph,
    unifiedGraphHandler,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    logging: 'warn',
    // GraphiQL from bundled assets (no CDN: the machine may be offline); development only.
    graphiql: options.development ? { title: 'Commerce API' } : false,
    renderGraphiQL,
    disableIntrospection: options.development ? undefined : { disableIf: () => true },
    maskedErrors: true,
    // Named here, not left to the runtime's `import(\`@graphql-mesh/transport-${kind}\`)`, which a
    // bundle cannot follow: the gateway's artifact (apps/api/build) carries the transport inside it.
    transports: { http: httpTransport },
    transportEntries: {
      '*.http': { options: { deduplicateInflightRequests: options.deduplicate } },
    },
    persistedDocuments: trusted.persistedDocuments,
    plugins: () => [
      trusted.plugin,
      usePublicCacheControl({ supergraph, cookieName: options.cookieName }),
      useCsrfPrevention(options.cookieName),
      useDocumentShape(),
      ...limitPlugins(),
      ...schemaPrivacyPlugins(options.development),
      rateLimits.plugin,
      useMutationLimit({
        redis: options.redis,
        settings: {
          max: options.rateLimits.mutations,
          windowSeconds: options.rateLimits.windowSeconds,
          redisTimeoutMs: options.rateLimits.redisTimeoutMs,
        },
      }),
      useQueryCost({ supergraph, spend: rateLimits.spendCost }),
      // After the limits (a hit skips parsing, validation and execution, never the request budget).
      ...(options.responseCache
        ? useGatewayResponseCache({ ...options.responseCache, supergraph, cookieName: options.cookieName })
        : []),
      useRejectNulStrings(),
      useRequestIdInErrors(),
      useErrorMetrics(),
      useSubgraphTimeout(options.upstream),
      useSubgraphCircuitBreaker(options.upstream),
      // Last, so the signature covers the request exactly as it leaves.
      useSignedSubgraphRequests({
        secret: options.secret,
        subgraphUrls: options.subgraphUrls as Record<string, string>,
        identityOf,
      }),
    ],
    cors: {
      origin: options.corsOrigins,
      credentials: true,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'authorization', 'x-request-id', CSRF_HEADER],
    },
  });
  keepThroughSigterm(runtime);
  return runtime;
}

/**
 * Hive Gateway's runtime asks its HTTP adapter (@whatwg-node/server) to dispose it on SIGINT and
 * SIGTERM (`disposeOnProcessTerminate: true`, not configurable): at the signal, every operation in
 * flight was aborted with SHUTTING_DOWN, before the drain had let them finish. The process's own
 * shutdown (main.ts) drains first and then disposes the gateway (server.ts), so the adapter's
 * listeners are removed: reading `disposableStack` makes the adapter register them now, and they
 * are found by the name @whatwg-node/server gives them.
 */
function keepThroughSigterm(runtime: { disposableStack: unknown }): void {
  void runtime.disposableStack;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const listener of process.listeners(signal)) {
      if (listener.name === 'terminateHandler') process.off(signal, listener);
    }
  }
}

export type Gateway = ReturnType<typeof createGateway>;
