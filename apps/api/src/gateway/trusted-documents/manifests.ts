import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { STOREFRONT_CLIENT_NAME } from '@commerce/trust/client-name';

/**
 * The first-party clients' trusted documents, by client name: each client's codegen writes its
 * current manifest (`sha256:<hex>` → document) next to its typed documents; a mobile app adds a
 * frozen copy for each release still in shoppers' phones. The gateway reads them all at start-up.
 * A new operation is trusted once its client's codegen output is committed
 * (docs/trusted-documents.md). The API's deployment carries these files with its own source.
 */
export const TRUSTED_DOCUMENT_MANIFESTS: Readonly<Record<string, readonly string[]>> = {
  [STOREFRONT_CLIENT_NAME]: ['apps/storefront/src/lib/graphql/generated/persisted-documents.json'],
  'commerce-mobile-sample': ['packages/mobile-sample/src/generated/persisted-documents.json'],
};

const repoRoot = new URL('../../../../../', import.meta.url);

const SHA256 = /^(?:sha256:)?([0-9a-f]{64})$/;

/**
 * The hex digest a client named its document by: `sha256:<hex>` (codegen's documentId) or the
 * bare `<hex>` (Apollo's `extensions.persistedQuery.sha256Hash`); null for anything else.
 */
export function documentKey(documentId: string): string | null {
  return SHA256.exec(documentId)?.[1] ?? null;
}

/**
 * Every manifest's documents by hex digest. Throws at start-up when a manifest is missing or a
 * key is not the SHA-256 of its document: a gateway serving the wrong text for a hash would
 * answer every client of that document wrongly.
 */
export function loadTrustedDocuments(
  manifests: Readonly<Record<string, readonly string[]>> = TRUSTED_DOCUMENT_MANIFESTS,
): ReadonlyMap<string, string> {
  const documents = new Map<string, string>();
  for (const [client, paths] of Object.entries(manifests)) {
    for (const path of paths) {
      const file = fileURLToPath(new URL(path, repoRoot));
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
      for (const [id, document] of Object.entries(manifest)) {
        const key = documentKey(id);
        if (!key || createHash('sha256').update(document).digest('hex') !== key) {
          throw new Error(`${client}'s trusted documents (${path}): ${id} is not the SHA-256 of its document`);
        }
        documents.set(key, document);
      }
    }
  }
  return documents;
}
