// Writes packages/schema/supergraph.graphql; with --check, fails when the committed file is stale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { composeSupergraph } from './compose.js';
import { supergraphPath } from './subgraphs.js';

const composed = composeSupergraph();
if (process.argv.includes('--check')) {
  const committed = existsSync(supergraphPath) ? readFileSync(supergraphPath, 'utf8') : '';
  if (committed !== composed) {
    console.error('supergraph.graphql is stale: run `npm run compose` and commit it.');
    process.exit(1);
  }
  console.log('supergraph.graphql is up to date.');
} else {
  writeFileSync(supergraphPath, composed);
  console.log(`wrote ${supergraphPath}`);
}
