import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apiSchema, readApiSchema } from './api-schema.js';
import { composeSupergraph } from './compose.js';
import { formatChange } from './schema-diff.js';
import { checkSchema, formatSchemaCheck } from './schema-check.js';
import { contractPath, readSubgraphSdl } from './subgraphs.js';

// The schema the gateway would serve after this change is diffed (graphql-inspector) against the
// public contract, binding for mobile apps, and against the release running in production: a
// breaking change fails `npm test` with the change named; dangerous ones are listed.
// docs/schema-changes.md says how to deprecate instead of remove.

// The contract is published beside the repository for every team; CI has that copy, a fresh
// clone need not. Where it is present, the copy in this repository must be the same bytes.
const sharedContractPath = fileURLToPath(new URL('../../../../shared/contract/storefront.graphql', import.meta.url));

/** `sdl` with `from` replaced by `to`, where `from` occurs exactly once (else the fixture is stale). */
function edit(sdl: string, from: string, to: string): string {
  const parts = sdl.split(from);
  if (parts.length !== 2) throw new Error(`fixture: ${JSON.stringify(from)} occurs ${parts.length - 1} times`);
  return parts.join(to);
}

// Composing a supergraph and building its API schema takes seconds on a busy machine.
describe('schema checks', { timeout: 60_000 }, () => {
  it('the served schema breaks neither the public contract nor the previous release', async () => {
    const results = await checkSchema(readApiSchema());
    expect(results.map((result) => result.label)).toEqual(['public contract', 'previous release']);
    for (const result of results) {
      expect(result.breaking.map(formatChange), `${result.label}:\n${formatSchemaCheck([result])}`).toEqual([]);
    }
  });

  it('the contract here is the same as the shared copy when one sits beside the repository', () => {
    if (!existsSync(sharedContractPath)) return;
    const message =
      'contract/storefront.graphql differs from the published one: copy ../shared/contract/storefront.graphql here';
    expect(readFileSync(contractPath, 'utf8'), message).toBe(readFileSync(sharedContractPath, 'utf8'));
  });

  it('fails on a catalog change that would break a mobile app, naming each change', async () => {
    let catalog = readSubgraphSdl('catalog');
    // A removed field, an output made nullable, an optional argument made required.
    catalog = edit(catalog, '  "Brand or maker."\n  vendor: String!\n', '');
    catalog = edit(
      catalog,
      'type Product implements Node @key(fields: "id") {\n  "Global ID, `gid://shop/Product/<n>`."\n  id: ID!\n  "URL-safe unique name, used in storefront URLs."\n  handle: String!\n  "Title."\n  title: String!',
      'type Product implements Node @key(fields: "id") {\n  "Global ID, `gid://shop/Product/<n>`."\n  id: ID!\n  "URL-safe unique name, used in storefront URLs."\n  handle: String!\n  "Title."\n  title: String',
    );
    catalog = edit(
      catalog,
      '"Products of the collection, filtered and sorted, with facets."\n  products(\n    first: Int\n',
      '"Products of the collection, filtered and sorted, with facets."\n  products(\n    first: Int!\n',
    );
    const results = await checkSchema(apiSchema(composeSupergraph({ catalog })));
    for (const result of results) {
      const report = formatSchemaCheck([result]);
      expect(report).toContain("BREAKING Product.vendor: Field 'vendor' was removed from object type 'Product'");
      expect(report).toContain("BREAKING Product.title: Field 'Product.title' changed type from 'String!' to 'String'");
      expect(report).toContain(
        "BREAKING Collection.products.first: Type for argument 'first' on field 'Collection.products' changed from 'Int' to 'Int!'",
      );
      expect(result.breaking).toHaveLength(3);
    }
  });

  it('passes an added field, and lists a new value of an output enum as dangerous (a client switch may not expect it)', async () => {
    let catalog = readSubgraphSdl('catalog');
    catalog = edit(
      catalog,
      '  "Brand or maker."\n  vendor: String!\n',
      '  "Brand or maker."\n  vendor: String!\n  "Country of origin."\n  origin: String\n',
    );
    catalog = edit(
      catalog,
      '  "A list of values to tick."\n  LIST\n',
      '  "A list of values to tick."\n  LIST\n  "Colour swatches."\n  SWATCH\n',
    );
    const results = await checkSchema(apiSchema(composeSupergraph({ catalog })));
    for (const result of results) {
      expect(result.breaking).toEqual([]);
      expect(result.dangerous.map((change) => change.path)).toContain('FilterType.SWATCH');
      expect(formatSchemaCheck([result])).toContain('DANGEROUS FilterType.SWATCH');
    }
  });
});
