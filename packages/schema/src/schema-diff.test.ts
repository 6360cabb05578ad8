import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { diffSchemas, formatSchemaDiff } from './schema-diff.js';

const baseline = buildSchema(`
  interface Node { id: ID! }
  enum SortKey { TITLE PRICE }
  input Filter { available: Boolean }
  union Result = Product | Collection
  type Product implements Node { id: ID! title: String! tags(first: Int): [String!]! }
  type Collection implements Node { id: ID! }
  type Query { products(first: Int, sortKey: SortKey, filters: [Filter!]): [Product!]! find: Result }
`);

describe('diffSchemas', () => {
  it('finds nothing breaking in additions; a new enum value, union member or argument is dangerous', async () => {
    const served = buildSchema(`
      interface Node { id: ID! }
      enum SortKey { TITLE PRICE BEST_SELLING }
      input Filter { available: Boolean vendor: String }
      union Result = Product | Collection | Page
      type Page implements Node { id: ID! }
      type Product implements Node { id: ID! title: String! handle: String tags(first: Int, after: String): [String!]! }
      type Collection implements Node { id: ID! }
      type Query { products(first: Int, sortKey: SortKey, filters: [Filter!]): [Product!]! find: Result }
    `);
    const result = await diffSchemas(baseline, served);
    expect(result.breaking).toEqual([]);
    expect(result.dangerous.map((change) => change.path)).toEqual([
      'SortKey.BEST_SELLING',
      'Result',
      'Product.tags.after',
    ]);
    expect(result.safe.map((change) => change.path)).toEqual(
      expect.arrayContaining(['Page', 'Product.handle', 'Filter.vendor']),
    );
  });

  it('names each breaking change: removals, looser outputs, stricter inputs, new required inputs', async () => {
    const served = buildSchema(`
      interface Node { id: ID! }
      enum SortKey { TITLE }
      input Filter { available: Boolean! }
      union Result = Product
      type Product { id: ID! title: String tags(first: Int!, locale: String!): [String!]! }
      type Collection implements Node { id: ID! }
      type Query { products(first: Int, filters: [Filter!]): [Product!]! find: Result }
    `);
    const { breaking } = await diffSchemas(baseline, served);
    expect(breaking.map((change) => `${change.type} ${change.path}`).sort()).toEqual(
      [
        'ENUM_VALUE_REMOVED SortKey.PRICE',
        'INPUT_FIELD_TYPE_CHANGED Filter.available',
        'UNION_MEMBER_REMOVED Result',
        'OBJECT_TYPE_INTERFACE_REMOVED Product',
        'FIELD_TYPE_CHANGED Product.title',
        'FIELD_ARGUMENT_TYPE_CHANGED Product.tags.first',
        'FIELD_ARGUMENT_ADDED Product.tags.locale',
        'FIELD_ARGUMENT_REMOVED Query.products.sortKey',
      ].sort(),
    );
    const report = formatSchemaDiff('contract', await diffSchemas(baseline, served));
    expect(report).toContain("BREAKING Product.title: Field 'Product.title' changed type from 'String!' to 'String'");
    expect(report.split('\n').at(-1)).toMatch(/^contract: 8 breaking, \d+ dangerous, \d+ safe$/);
  });

  it('reports a missing type and a type of another kind', async () => {
    const served = buildSchema(`
      interface Node { id: ID! }
      type SortKey { name: String }
      type Query { products: [Node!]! }
    `);
    const { breaking } = await diffSchemas(baseline, served);
    const named = breaking.map((change) => `${change.type} ${change.path}`);
    expect(named).toContain('TYPE_KIND_CHANGED SortKey');
    expect(named).toContain('TYPE_REMOVED Product');
    expect(named).toContain('FIELD_TYPE_CHANGED Query.products');
  });
});
