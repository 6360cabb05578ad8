import type { TypedDocumentString } from './generated/graphql.js';

/**
 * Names the app to the gateway. The gateway lets a request that names a first-party client send
 * only trusted documents: a forged name restricts only the one who forges it, so the header
 * needs no signature.
 */
export const CLIENT_NAME_HEADER = 'graphql-client-name';
export const CLIENT_VERSION_HEADER = 'graphql-client-version';
export const MOBILE_SAMPLE_CLIENT_NAME = 'commerce-mobile-sample';

export interface MobileClientOptions {
  /** The gateway's GraphQL endpoint, e.g. https://api.example.com/graphql. */
  endpoint: string;
  /** The app's build, for the gateway's logs. */
  version?: string;
  /** A signed-in customer's access token (customerAccessTokenCreate). */
  token?: string;
  fetch?: typeof fetch;
}

export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

/** The gateway refused the operation, or answered without data. */
export class MobileGraphQLError extends Error {
  constructor(
    message: string,
    readonly codes: readonly string[],
    readonly status: number,
  ) {
    super(message);
    this.name = 'MobileGraphQLError';
  }
}

export type Execute = <TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
) => Promise<TResult>;

/**
 * A typed client that sends each operation by its hash (`documentId`), never its text. Queries go
 * as GET, so a CDN in front of the API can hold the public ones; mutations as POST.
 */
export function createMobileClient(options: MobileClientOptions): Execute {
  const send = options.fetch ?? fetch;
  const headers: Record<string, string> = {
    accept: 'application/graphql-response+json, application/json',
    [CLIENT_NAME_HEADER]: MOBILE_SAMPLE_CLIENT_NAME,
    ...(options.version ? { [CLIENT_VERSION_HEADER]: options.version } : {}),
    ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
  };
  return async (document, variables) => {
    const documentId = documentIdOf(document);
    const response = isMutation(document)
      ? await send(options.endpoint, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify({ documentId, variables }),
        })
      : await send(queryUrl(options.endpoint, documentId, variables), { method: 'GET', headers });
    const body = (await response.json().catch(() => null)) as {
      data?: unknown;
      errors?: GraphQLErrorShape[];
    } | null;
    if (body?.errors?.length) {
      const codes = body.errors.map((error) => error.extensions?.code ?? 'UNKNOWN');
      throw new MobileGraphQLError(body.errors.map((error) => error.message).join('; '), codes, response.status);
    }
    if (!response.ok || body?.data == null) {
      throw new MobileGraphQLError(`Gateway answered ${response.status}`, [], response.status);
    }
    return body.data as never;
  };
}

/** What the client reads of a generated document: its hash and its operation's kind (codegen.ts). */
interface HashedDocument {
  __meta__?: Record<string, unknown>;
}

/** The sha256 codegen put on the document (`sha256:<hex>`), as the manifest keys it. */
export function documentIdOf(document: HashedDocument): string {
  const hash: unknown = document.__meta__?.['hash'];
  if (typeof hash !== 'string') throw new Error('This document has no hash: run codegen with persistedDocuments.');
  return hash;
}

function isMutation(document: HashedDocument): boolean {
  return document.__meta__?.['operationType'] === 'mutation';
}

function queryUrl(endpoint: string, documentId: string, variables: unknown): string {
  const url = new URL(endpoint);
  url.searchParams.set('documentId', documentId);
  if (variables && Object.keys(variables).length) url.searchParams.set('variables', JSON.stringify(variables));
  return url.toString();
}
