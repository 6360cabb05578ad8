import type { CodegenConfig } from '@graphql-codegen/cli';
import { Kind, type DocumentNode } from 'graphql';

// Typed documents for the sample mobile client, generated from the public contract only (a
// mobile app may rely on nothing else). `persistedDocuments` writes
// generated/persisted-documents.json (sha256 → document): the app's trusted documents, which
// the gateway loads at start-up, so the app sends hashes, never text. `npm test` fails when
// the output is stale (docs/trusted-documents.md).
const config: CodegenConfig = {
  overwrite: true,
  schema: '../schema/contract/storefront.graphql',
  documents: ['src/operations/**/*.graphql'],
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        // The app holds hashes only, never an operation's text.
        persistedDocuments: { hashAlgorithm: 'sha256', mode: 'replaceDocumentWithHash' },
        // The operation's kind next to its hash: queries go as GET.
        onExecutableDocumentNode: (document: DocumentNode) => ({
          operationType: document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION)
            ?.operation,
        }),
      },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        // `.js` in relative imports: the API's tests (NodeNext) import this client.
        emitLegacyCommonJSImports: false,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: { DateTime: 'string', Decimal: 'string', URL: 'string', HTML: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
