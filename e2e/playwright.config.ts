import { randomBytes } from 'node:crypto';
import { defineConfig, devices } from '@playwright/test';
import { STOREFRONT_URL } from './support/stack-env.js';

// One secret per run, made before the workers fork so that they inherit it (they load this
// file again, and then keep the value the runner set).
process.env.E2E_REVALIDATE_SECRET ??= randomBytes(30).toString('base64url');
process.env.E2E_EDGE_PURGE_SECRET ??= randomBytes(30).toString('base64url');

export default defineConfig({
  testDir: './tests',
  globalSetup: './global-setup.ts',
  outputDir: './test-results',
  // The list on the console, and a JSON record of the run that .ci/summarize-failures reads after a
  // failed CI run, to end the log with each failed journey and its error.
  reporter: [['list'], ['json', { outputFile: '../test-reports/e2e.json' }]],
  // Two cores run the API, `next start`, Varnish and the browser: two workers at most.
  workers: 2,
  fullyParallel: false,
  // No retries, on CI either: the cache journeys assert what a first request sees, which a
  // retry cannot reproduce, and a retry would hide a flaky journey rather than report it.
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  // A bound on a hung run, not a speed check: the suite (136 journeys, storefront build included)
  // took 5.8 min on a quiet 2-core machine, so 6 min would fail a run that is merely slow.
  globalTimeout: 15 * 60_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: STOREFRONT_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
          ],
        },
      },
    },
  ],
});
