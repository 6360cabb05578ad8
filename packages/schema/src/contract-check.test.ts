import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkContract, formatContractReport } from './contract-check.js';

const contract = buildSchema(`
  interface Node { id: ID! }
  enum SortKey { TITLE PRICE }
  input Filter { available: Boolean }
  union Result = Product | Collection
  type Product implements Node { id: ID! title: String! tags(first: Int): [String!]! }
  type Collection implements Node { id: ID! }
  type Query { products(first: Int, sortKey: SortKey, filters: [Filter!]): [Product!]! find: Result }
`);

describe('checkContract', () => {
  it('accepts a schema that serves the contract and more', () => {
    const live = buildSchema(`
      interface Node { id: ID! }
      enum SortKey { TITLE PRICE BEST_SELLING }
      input Filter { available: Boolean vendor: String }
      union Result = Product | Collection
      type Product implements Node { id: ID! title: String! handle: String tags(first: Int, after: String): [String!]! }
      type Collection implements Node { id: ID! }
      type Query { products(first: Int, sortKey: SortKey, filters: [Filter!]): [Product!]! find: Result }
    `);
    expect(checkContract(contract, live).problems).toEqual([]);
  });

  it('reports what is missing, looser outputs and stricter inputs, in the checker output format', () => {
    const live = buildSchema(`
      interface Node { id: ID! }
      enum SortKey { TITLE }
      input Filter { available: Boolean! }
      union Result = Product
      type Product { id: ID! title: String tags(first: Int!, locale: String!): [String!]! }
      type Collection implements Node { id: ID! }
      type Query { products(first: Int, filters: [Filter!]): [Product!]! find: Result }
    `);
    const report = checkContract(contract, live);
    expect(report.problems).toEqual([
      'missing enum value SortKey.PRICE',
      'input field Filter.available is Boolean!, contract says Boolean',
      'union Result lacks member Collection',
      'Product does not implement Node',
      'field Product.title is String, contract says String!',
      'argument Product.tags(first) is Int!, contract says Int',
      'argument Product.tags(locale) is required but not in the contract',
      'missing argument Query.products(sortKey)',
    ]);
    expect(formatContractReport(report).split('\n').at(-1)).toBe(
      `contract: ${report.checked} items checked, 8 problems`,
    );
  });

  it('reports a missing type and a type of another kind', () => {
    const live = buildSchema(`
      interface Node { id: ID! }
      type SortKey { name: String }
      type Query { products: [Node!]! }
    `);
    const { problems } = checkContract(contract, live);
    expect(problems).toContain('SortKey is a GraphQLObjectType, contract says GraphQLEnumType');
    expect(problems).toContain('missing type Product');
    expect(problems).toContain('field Query.products is [Node!]!, contract says [Product!]!');
  });
});
