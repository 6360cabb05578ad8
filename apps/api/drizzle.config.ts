import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/subgraphs/*/tables.ts',
  out: './drizzle',
  schemaFilter: ['catalog', 'inventory', 'customers', 'cart', 'checkout'],
});
