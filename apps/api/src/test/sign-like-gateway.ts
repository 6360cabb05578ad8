import { signIdentity, type Identity } from '../platform/identity.js';

/**
 * Headers a test sends straight to a subgraph, signed as the gateway signs: for a POST of
 * exactly the body `graphql()` sends, to that URL's path.
 */
export function signedLikeGateway(
  url: string,
  operation: { query: string; variables?: Record<string, unknown> },
  identity: Identity | null,
  secret: string,
  options: { audience: string; clientIp?: string | null; now?: number },
): Record<string, string> {
  const body = JSON.stringify({ query: operation.query, variables: operation.variables ?? {} });
  return signIdentity(identity, secret, { ...options, request: { method: 'POST', path: new URL(url).pathname, body } });
}
