import type { CodegenConfig } from '@graphql-codegen/cli';
import { Kind, type DocumentNode } from 'graphql';

// Typed documents for the storefront: one operation per `.graphql` file, generated from the
// committed supergraph (never from a live server). `npm test` fails when the output is stale.
// `persistedDocuments` also writes generated/persisted-documents.json (sha256 → document): the
// gateway's trusted documents for the storefront, and each typed document carries its hash, so
// requests send the hash instead of the text (docs/trusted-documents.md).
const config: CodegenConfig = {
  overwrite: true,
  schema: '../../packages/schema/supergraph.graphql',
  documents: ['src/lib/graphql/operations/**/*.graphql'],
  generates: {
    'src/lib/graphql/generated/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { hashAlgorithm: 'sha256', mode: 'replaceDocumentWithHash' },
        // The operation's kind next to its hash: queries may go as GET.
        onExecutableDocumentNode: (document: DocumentNode) => ({
          operationType: document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION)
            ?.operation,
        }),
      },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: { DateTime: 'string', Decimal: 'string', URL: 'string', HTML: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
