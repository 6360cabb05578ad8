import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The usual console output, and a JSON record of the run that .ci/summarize-failures reads
    // after a failed CI run, to end the log with each failed test and its assertion message.
    reporters: ['default', 'json'],
    outputFile: { json: '../../test-reports/mobile-sample.json' },
  },
});
