import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import nextPlugin from '@next/eslint-plugin-next';

const domains = ['catalog', 'inventory', 'cart', 'checkout', 'customers', 'content'];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.next/**',
      '**/.stack/**',
      'bench/results/**',
      '**/generated/**',
      '**/.data/**',
      '**/.nx/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs'],
    plugins: { '@nx': nx },
    rules: {
      // Project boundaries: ui and schema import nothing internal; the storefront may
      // import ui and schema; the api may import schema; both may import trust (signed headers
      // between our own services); e2e talks HTTP and browser only, and starts its stack with the
      // dev tooling (devtools: processes, never imported by the apps).
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:devtools', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:ui', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:schema', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:trust', onlyDependOnLibsWithTags: [] },
            // The sample mobile client stands alone (the api's tests drive it against the gateway);
            // its own tests check its operations against the schema being shipped.
            { sourceTag: 'scope:mobile-sample', onlyDependOnLibsWithTags: ['scope:schema'] },
            {
              sourceTag: 'scope:api',
              onlyDependOnLibsWithTags: ['scope:schema', 'scope:trust', 'scope:mobile-sample'],
            },
            { sourceTag: 'scope:storefront', onlyDependOnLibsWithTags: ['scope:ui', 'scope:schema', 'scope:trust'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['scope:devtools'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read configuration through env.ts only.',
        },
      ],
    },
  },
  // A domain reaches another domain only through that domain's index.ts (docs/adr/0008).
  ...domains.map((domain) => ({
    files: [`apps/api/src/subgraphs/${domain}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: domains
            .filter((other) => other !== domain)
            .map((other) => ({
              group: [
                `**/subgraphs/${other}/*`,
                `../${other}/*`,
                `!**/subgraphs/${other}/index.js`,
                `!../${other}/index.js`,
              ],
              message: `Use ${other}'s index.ts: a domain never imports another domain's internals.`,
            })),
        },
      ],
    },
  })),
  {
    files: [
      'apps/api/src/*.ts',
      'apps/api/src/seed/**/*.ts',
      'apps/api/src/gateway/**/*.ts',
      'apps/api/src/platform/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/subgraphs/*/*', '!**/subgraphs/*/index.js'],
              message: "Outside a domain, import only the domain's index.ts.",
            },
          ],
        },
      ],
    },
  },
  // React rules for the UI package and the storefront; Next.js rules (core web vitals) for the app.
  {
    files: ['packages/ui/**/*.tsx', 'apps/storefront/**/*.tsx', 'apps/storefront/**/*.ts'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['apps/storefront/**/*.{ts,tsx}'],
    plugins: { '@next/next': nextPlugin },
    settings: { next: { rootDir: 'apps/storefront/' } },
    rules: { ...nextPlugin.configs.recommended.rules, ...nextPlugin.configs['core-web-vitals'].rules },
  },
  {
    // apps/storefront/cache-*.mjs: Next.js loads the cache handler on its own, outside the app, so
    // it cannot import env.ts.
    files: [
      '**/env.ts',
      'tools/**',
      'bench/**',
      '**/*.config.*',
      'apps/storefront/cache-*.mjs',
      'e2e/**',
      '**/test/**',
      '**/*.test.ts',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
