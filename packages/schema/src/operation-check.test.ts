import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkOperations, type OperationFile } from './operation-check.js';

const files: OperationFile[] = [
  { path: '/app/operations/ProductCard.graphql', source: 'fragment ProductCard on Product { id title }' },
  {
    path: '/app/operations/ProductPage.graphql',
    source: 'query ProductPage($handle: String!) { product(handle: $handle) { ...ProductCard vendor } }',
  },
  { path: '/app/operations/Shop.graphql', source: 'query Shop { shop { name } }' },
];

describe('checkOperations', () => {
  it('passes operations that the schema serves, with fragments from other files', () => {
    const schema = buildSchema(`
      type Product { id: ID! title: String! vendor: String! }
      type Shop { name: String! }
      type Query { product(handle: String!): Product shop: Shop! }
    `);
    expect(checkOperations(schema, files, '/app')).toEqual([]);
  });

  it('names the file and the operation that a schema change breaks, through its fragments too', () => {
    // Product.title removed, product's argument renamed.
    const broken = buildSchema(`
      type Product { id: ID! vendor: String! }
      type Shop { name: String! }
      type Query { product(slug: String!): Product shop: Shop! }
    `);
    expect(checkOperations(broken, files, '/app')).toEqual([
      'operations/ProductPage.graphql: query ProductPage: Unknown argument "handle" on field "Query.product".',
      'operations/ProductPage.graphql: query ProductPage: Field "product" argument "slug" of type "String!" is required, but it was not provided.',
      'operations/ProductPage.graphql: query ProductPage: Cannot query field "title" on type "Product". (in operations/ProductCard.graphql)',
    ]);
  });
});
