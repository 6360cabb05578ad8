import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the storefront: one operation per `.graphql` file, generated from the
// committed supergraph (never from a live server). `npm test` fails when the output is stale.
const config: CodegenConfig = {
  overwrite: true,
  schema: '../../packages/schema/supergraph.graphql',
  documents: ['src/lib/graphql/operations/**/*.graphql'],
  generates: {
    'src/lib/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
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
