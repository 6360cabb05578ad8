// At release time: the supergraph being released becomes the baseline the next changes are diffed
// against (releases/previous.graphql). Run it on the commit that is deployed to production, then
// commit the file: from then on, a change that would break the running release fails `npm test`.
//
//   npm run release:schema -w @commerce/schema
import { readFileSync, writeFileSync } from 'node:fs';
import { composeSupergraph } from './compose.js';
import { previousReleasePath, supergraphPath } from './subgraphs.js';

const committed = readFileSync(supergraphPath, 'utf8');
if (committed !== composeSupergraph()) {
  console.error('supergraph.graphql is stale: run `npm run compose` and commit it before releasing.');
  process.exit(1);
}
writeFileSync(previousReleasePath, committed);
console.log(`wrote ${previousReleasePath}`);
