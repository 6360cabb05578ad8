import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The usual console output, and a JSON record of the run that .ci/summarize-failures reads
    // after a failed CI run, to end the log with each failed test and its assertion message.
    reporters: ['default', 'json'],
    outputFile: { json: '../../test-reports/ui.json' },
    include: ['src/**/*.test.{ts,tsx}'],
    // Render-only tests with no shared state: one module graph for all files saves most of
    // the run time (React, happy-dom and Testing Library load once, not per file).
    isolate: false,
    // Process the components' CSS Modules; non-scoped names let tests assert a class ("lg").
    css: { include: /\.module\.css$/, modules: { classNameStrategy: 'non-scoped' } },
  },
});
