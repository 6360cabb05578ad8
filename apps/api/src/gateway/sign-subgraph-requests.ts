import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { signIdentity, type Identity } from '../platform/identity.js';
import { log } from '../platform/log.js';
import { IdentityUnavailableError } from './identity.js';

// Subgraphs that serve only public data: without a known identity they still answer correctly
// (anonymously), so an identity outage must not fail them.
const PUBLIC_SUBGRAPHS = new Set(['catalog', 'inventory']);

const unavailable = () =>
  new Response(
    JSON.stringify({
      errors: [
        {
          message: 'Accounts are unavailable right now; try again shortly.',
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        },
      ],
    }),
    { status: 200, headers: { 'content-type': 'application/json' } },
  );

/**
 * Signs every subgraph call at the last moment, in `onFetch`, where the method, URL and body
 * the subgraph will receive are known: the signature binds them, so a captured header is good
 * for that one call only. When the identity lookup is down, public subgraphs are called as
 * anonymous and the customers subgraph is not called at all (a SERVICE_UNAVAILABLE error).
 */
export function useSignedSubgraphRequests(options: {
  secret: string;
  /** Each subgraph's URL, as in the supergraph, to name the audience of a call. */
  subgraphUrls: Record<string, string>;
  identityOf: (request: Request) => Promise<Identity | null>;
}): GatewayPlugin {
  const audienceOf = new Map(Object.entries(options.subgraphUrls).map(([name, url]) => [url, name]));
  return {
    async onFetch({ url, options: init, setOptions, context, endResponse }) {
      const audience = audienceOf.get(url);
      // Not a subgraph call (say, a supergraph fetch); nothing to sign.
      if (!audience) return;
      const request = 'request' in context ? (context.request as Request) : null;
      let identity: Identity | null = null;
      if (request) {
        try {
          identity = await options.identityOf(request);
        } catch (error) {
          if (!(error instanceof IdentityUnavailableError) || !PUBLIC_SUBGRAPHS.has(audience)) {
            log.warn('refused a subgraph call: the identity lookup is unavailable', { subgraph: audience });
            return endResponse(unavailable());
          }
        }
      }
      const { pathname, search } = new URL(url);
      // The HTTP executor sends JSON text; anything else (uploads) is signed as empty and refused.
      const body = typeof init.body === 'string' ? init.body : '';
      const signed = signIdentity(identity, options.secret, {
        audience,
        clientIp: request?.headers.get('x-client-ip') ?? null,
        request: { method: init.method ?? 'GET', path: `${pathname}${search}`, body },
      });
      setOptions({ ...init, headers: { ...init.headers, ...signed } });
    },
  };
}
