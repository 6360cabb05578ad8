// The hostile requests of issue 8, each one anonymous request a stranger could send.

function fragmentChain(levels: number): string {
  const fragments = Array.from({ length: levels }, (_, i) =>
    i === levels - 1
      ? `fragment F${i} on Product { variants(first: 250) { nodes { id } } }`
      : `fragment F${i} on Product { ...F${i + 1} ...F${i + 1} }`,
  );
  return `{ products(first: 1) { nodes { ...F0 } } } ${fragments.join(' ')}`;
}

const json = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

export const ATTACKS: Array<{ name: string; body: string }> = [
  { name: 'fragment chain, 30 levels', body: json(fragmentChain(30)) },
  {
    name: 'page size in a variable default',
    body: json('query Dump($n: Int = 250) { products(first: $n) { nodes { variants(first: $n) { nodes { id } } } } }'),
  },
  {
    name: '30 aliased facet queries',
    body: json(
      `{ ${Array.from({ length: 30 }, (_, i) => `c${i}: collection(handle: "sneakers") { products(first: 1, filters: [{ price: { min: ${i} } }]) { totalCount filters { id values { id count } } } }`).join(' ')} }`,
    ),
  },
  {
    name: '30 aliased searches',
    body: json(
      `{ ${Array.from({ length: 30 }, (_, i) => `s${i}: search(query: "boot${i}", first: 1) { totalCount filters { id } }`).join(' ')} }`,
    ),
  },
  {
    name: 'batch of 50 operations',
    body: JSON.stringify(Array.from({ length: 50 }, () => ({ query: '{ products(first: 250) { totalCount } }' }))),
  },
  { name: '300 KB body', body: json('{ shop { name } }', { padding: 'x'.repeat(300_000) }) },
  {
    name: '250 ids × 250 variants',
    body: json(
      'query($ids: [ID!]!) { nodes(ids: $ids) { ... on Product { variants(first: 250) { nodes { id } } } } }',
      { ids: Array.from({ length: 250 }, (_, i) => `gid://shop/Product/${i + 1}`) },
    ),
  },
  {
    name: 'deep nesting',
    body: json(
      '{ product(handle: "x") { variants { nodes { product { collections { nodes { products { nodes { variants { nodes { product { variants { nodes { id } } } } } } } } } } } } } }',
    ),
  },
];
