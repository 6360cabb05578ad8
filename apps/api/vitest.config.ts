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
