import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The `@/` alias of tsconfig.json (Next.js reads it there).
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    // The usual console output, and a JSON record of the run that .ci/summarize-failures reads
    // after a failed CI run, to end the log with each failed test and its assertion message.
    reporters: ['default', 'json'],
    outputFile: { json: '../../test-reports/storefront.json' },
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', '*.test.mjs'],
    environment: 'node',
  },
});
