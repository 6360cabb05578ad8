import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Rendering the overlays (beforeAll) starts kubectl three times: seconds, more on a busy machine.
    hookTimeout: 60_000,
    testTimeout: 30_000,
    // The usual console output, and a JSON record of the run that .ci/summarize-failures reads.
    reporters: ['default', 'json'],
    outputFile: { json: '../../test-reports/deploy-k8s.json' },
  },
});
