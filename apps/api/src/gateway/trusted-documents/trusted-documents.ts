import type { IncomingMessage } from 'node:http';
import type { GatewayConfigBase, GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { CLIENT_NAME_HEADER } from '@commerce/trust/client-name';
import { rateLimitClientOf } from '../rate-limits/rate-limit-client.js';
import { TRUSTED_DOCUMENT_MANIFESTS, documentKey } from './manifests.js';

type PersistedDocumentsOptions = NonNullable<GatewayConfigBase<Record<string, unknown>>['persistedDocuments']>;

/** The clients whose requests may carry only trusted documents: those with a manifest. */
export const FIRST_PARTY_CLIENT_NAMES: ReadonlySet<string> = new Set(Object.keys(TRUSTED_DOCUMENT_MANIFESTS));

/**
 * Trusted documents (persisted operations) with Hive Gateway's own support: a client sends a
 * document's hash (`documentId` in a POST body or a GET query string, or Apollo's
 * `extensions.persistedQuery.sha256Hash`) and the gateway runs the document it knows by that
 * hash. First-party clients may send nothing else, so a leaked or tampered app can only run
 * what the app runs; any other client may still send document text, under the same depth,
 * token and cost limits as before.
 *
 * First party means either of:
 * - the storefront server's signed `x-shop-client` (FIRST_PARTY_SECRET), which the gateway
 *   service has already verified and removed (rate-limits/rate-limit-client.ts);
 * - a `graphql-client-name` naming a first-party app. Anyone can send that header, but it only
 *   takes rights away from the sender, so nothing is gained by forging it.
 */
export function trustedDocuments(documents: ReadonlyMap<string, string>): {
  persistedDocuments: PersistedDocumentsOptions;
  plugin: GatewayPlugin;
} {
  // Decided per request in onRequest, where the Node request (and the verified signature) is at hand.
  const firstParty = new WeakSet<Request>();
  return {
    persistedDocuments: {
      getPersistedOperation(documentId: string) {
        const key = documentKey(documentId);
        return (key && documents.get(key)) ?? null;
      },
      allowArbitraryDocuments: (request: Request) => !firstParty.has(request),
      customErrors: {
        notFound: {
          message: 'No trusted document has this documentId: register the operation in its client’s manifest.',
          extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
        },
        persistedQueryOnly: {
          message: 'This client may send only trusted documents: send the documentId, not the document.',
          extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED', http: { status: 403 } },
        },
        keyNotFound: {
          message: 'Send a query, or the documentId of a trusted document.',
          extensions: { code: 'PERSISTED_QUERY_ID_REQUIRED', http: { status: 400 } },
        },
      },
    },
    plugin: {
      onRequest({ request, serverContext }) {
        const client = rateLimitClientOf((serverContext as { req?: IncomingMessage }).req);
        const named = request.headers.get(CLIENT_NAME_HEADER);
        if ((client && client.budget !== 'client') || (named && FIRST_PARTY_CLIENT_NAMES.has(named))) {
          firstParty.add(request);
        }
      },
    },
  };
}
