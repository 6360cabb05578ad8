import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    // Render-only tests with no shared state: one module graph for all files saves most of
    // the run time (React, happy-dom and Testing Library load once, not per file).
    isolate: false,
    // Process the components' CSS Modules; non-scoped names let tests assert a class ("lg").
    css: { include: /\.module\.css$/, modules: { classNameStrategy: 'non-scoped' } },
  },
});
