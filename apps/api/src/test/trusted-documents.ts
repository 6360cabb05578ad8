import { readFileSync } from 'node:fs';
import { STOREFRONT_CLIENT_NAME } from '@commerce/trust/client-name';
import { TRUSTED_DOCUMENT_MANIFESTS } from '../gateway/trusted-documents/manifests.js';
import type { GraphQLResponse } from './stack.js';

/** The storefront's documentId for one of its operations, by operation name, from its manifest. */
export function storefrontDocumentId(operationName: string): string {
  const path = new URL(`../../../../${TRUSTED_DOCUMENT_MANIFESTS[STOREFRONT_CLIENT_NAME]![0]}`, import.meta.url);
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
  const found = Object.entries(manifest).find(([, document]) =>
    new RegExp(`\\b(query|mutation) ${operationName}\\b`).test(document),
  );
  if (!found) throw new Error(`The storefront has no operation ${operationName}`);
  return found[0];
}

/** Sends a trusted document by its id: a POST (the storefront's way), or a GET with the id in the URL. */
export async function graphqlById<T = Record<string, unknown>>(
  url: string,
  documentId: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
  method: 'GET' | 'POST' = 'POST',
): Promise<GraphQLResponse<T>> {
  const target = new URL(url);
  if (method === 'GET') {
    target.searchParams.set('documentId', documentId);
    target.searchParams.set('variables', JSON.stringify(variables));
  }
  const response = await fetch(target, {
    method,
    headers: {
      accept: 'application/json',
      ...(method === 'POST' ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    body: method === 'POST' ? JSON.stringify({ documentId, variables }) : undefined,
  });
  const text = await response.text();
  try {
    return { status: response.status, headers: response.headers, ...(JSON.parse(text) as object) };
  } catch {
    throw new Error(`Non-JSON response ${response.status}: ${text.slice(0, 300)}`);
  }
}
