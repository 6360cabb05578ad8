import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Rendering an overlay starts kubectl; three overlays on a shared machine take a few seconds.
    testTimeout: 30_000,
    // The usual console output, and a JSON record of the run that .ci/summarize-failures reads.
    reporters: ['default', 'json'],
    outputFile: { json: '../../test-reports/deploy-k8s.json' },
  },
});
