import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // graphql-inspector's ES build imports graphql; processed by vite, it gets the same copy of
    // graphql as our code (loaded by Node it would get the CommonJS one, and reject our schemas).
    server: { deps: { inline: ['@graphql-inspector/core'] } },
    // The usual console output, and a JSON record of the run that .ci/summarize-failures reads
    // after a failed CI run, to end the log with each failed test and its assertion message.
    reporters: ['default', 'json'],
    outputFile: { json: '../../test-reports/schema.json' },
  },
});
