import 'server-only';
import type { TypedDocumentString } from './generated/graphql';
import { env } from '@/env';
import { serverRequestHeaders } from '../first-party/first-party-header';
import { STOREFRONT_CLIENT_HEADERS, documentIdOf, isQuery, trustedDocumentBody } from './trusted-document';

export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

/** The gateway answered with errors (bad input, limits) or not at all. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly codes: readonly string[],
    readonly status: number,
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }

  /** The request itself was wrong (a tampered URL), not the server. */
  get isBadInput(): boolean {
    return this.codes.includes('BAD_USER_INPUT');
  }
}

interface RequestOptions {
  /** Headers for personal requests (the session cookie, the shopper's address). */
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/**
 * Sends one typed operation to the gateway by its hash (a trusted document: trusted-document.ts).
 * A query made for no one in particular (no shopper headers) goes as GET, so a cache in front of
 * the gateway may hold the public answer; anything personal, and every mutation, as a POST.
 * Page data is not put in Next.js's fetch cache: the page cache (ISR) and the edge hold whole
 * pages, and tags come from the data itself (see cache-tags.ts), so a second cache layer would
 * only be one more thing to purge.
 */
export async function requestGraphQL<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<TResult> {
  const headers = {
    accept: 'application/json',
    ...STOREFRONT_CLIENT_HEADERS,
    ...serverRequestHeaders(options.headers, env.FIRST_PARTY_SECRET),
  };
  const signal = options.signal ?? AbortSignal.timeout(10_000);
  const response =
    !options.headers && isQuery(document)
      ? await fetch(queryUrl(documentIdOf(document), variables), { method: 'GET', headers, signal })
      : await fetch(env.GRAPHQL_URL, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: trustedDocumentBody(document, variables),
          signal,
        });
  const body = (await response.json().catch(() => null)) as { data?: TResult; errors?: GraphQLErrorShape[] } | null;
  if (body?.errors?.length) {
    const codes = body.errors.map((error) => error.extensions?.code ?? 'UNKNOWN');
    throw new GraphQLRequestError(body.errors.map((error) => error.message).join('; '), codes, response.status);
  }
  if (!response.ok || !body?.data) {
    throw new GraphQLRequestError(`Gateway answered ${response.status}`, [], response.status);
  }
  return body.data;
}

function queryUrl(documentId: string, variables: unknown): URL {
  const url = new URL(env.GRAPHQL_URL);
  url.searchParams.set('documentId', documentId);
  if (variables && Object.keys(variables).length) url.searchParams.set('variables', JSON.stringify(variables));
  return url;
}
