import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  // The checkout's payments keep their own tables (the test provider's charges) in its schema.
  // The platform's outbox (cache invalidations) is a table of its own too.
  schema: ['./src/subgraphs/*/tables.ts', './src/subgraphs/*/payments/tables.ts', './src/platform/outbox/tables.ts'],
  out: './drizzle',
  schemaFilter: ['catalog', 'inventory', 'customers', 'cart', 'checkout', 'content', 'outbox'],
});
