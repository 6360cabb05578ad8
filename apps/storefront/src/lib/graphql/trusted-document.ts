import { CLIENT_NAME_HEADER, STOREFRONT_CLIENT_NAME } from '@commerce/trust/client-name';

/**
 * The storefront sends its operations as trusted documents: the hash codegen put on each typed
 * document (generated/persisted-documents.json holds hash → text, which the gateway loads), never
 * the text. It names itself, so the gateway refuses any text sent in its name
 * (docs/trusted-documents.md). Used by server and browser code alike.
 */
export const STOREFRONT_CLIENT_HEADERS: Readonly<Record<string, string>> = {
  [CLIENT_NAME_HEADER]: STOREFRONT_CLIENT_NAME,
};

/**
 * What the storefront reads of a generated document, whatever its result and variables: codegen
 * (`replaceDocumentWithHash`) leaves only the hash and the operation's kind, so no operation's
 * text reaches the browser's bundle.
 */
interface HashedDocument {
  __meta__?: Record<string, unknown>;
}

/** The document's `sha256:<hex>`, as its manifest keys it. */
export function documentIdOf(document: HashedDocument): string {
  const hash = document.__meta__?.['hash'];
  if (typeof hash !== 'string') throw new Error('This document has no hash: run the storefront codegen.');
  return hash;
}

/** A query (not a mutation): the only kind the gateway answers by GET. */
export function isQuery(document: HashedDocument): boolean {
  return document.__meta__?.['operationType'] === 'query';
}

/** The JSON body of a POST by hash. */
export function trustedDocumentBody(document: HashedDocument, variables?: unknown): string {
  return JSON.stringify({ documentId: documentIdOf(document), ...(variables === undefined ? {} : { variables }) });
}
