import { defineConfig } from 'vitest/config';

// Two projects: unit tests need nothing; integration tests (`*.integration.test.ts`) share one
// migrated, seeded database that the global setup makes per run and drops afterwards.
// `npx vitest run --project unit` skips the database entirely.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    // The usual console output, and a JSON record of the run that .ci/summarize-failures reads
    // after a failed CI run, to end the log with each failed test and its assertion message.
    reporters: ['default', 'json'],
    outputFile: { json: '../../test-reports/api.json' },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: ['src/**/*.integration.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['src/**/*.integration.test.ts'],
          globalSetup: ['./src/test/global-setup.ts'],
        },
      },
    ],
  },
});
