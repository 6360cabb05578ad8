import { describe, expect, it } from 'vitest';
import { graphql, useTestStack } from '../test/stack.js';

// Documents built so that validation itself is the work: graphql-js's field-merging check
// compares every pair of same-named fields, so 700 copies of one field in 9 KB cost the
// process most of a second. They are refused by their shape, before validation.

const api = useTestStack();

describe('document shape', () => {
  it('refuses one field repeated hundreds of times in a selection set, quickly and without stalling others', async () => {
    const query = `{ ${Array.from({ length: 700 }, (_, i) => `shop {${' '.repeat(i % 3)} name }`).join(' ')} }`;
    await graphql(api.gateway, '{ shop { name } }'); // warm-up
    const started = performance.now();
    const response = await graphql(api.gateway, query);
    const elapsed = performance.now() - started;
    expect(response.status).toBeLessThan(500);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toBe('MAX_FIELDS_EXCEEDED');
    // The document is valid GraphQL: before, it was validated (about 750 ms of CPU) and served.
    // The code above shows it is now refused by its shape; this bound only guards against a stall
    // and is generous for a loaded CI machine.
    expect(elapsed).toBeLessThan(2_000);
  });

  it('refuses a document with more fields than any screen needs, and keeps ordinary repeats', async () => {
    const many = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: products(first: 1) { nodes { ${Array.from({ length: 40 }, () => 'id').join(' ')} } }`).join(' ')} }`;
    const response = await graphql(api.gateway, many);
    expect(response.errors?.[0]?.extensions?.code).toBe('MAX_FIELDS_EXCEEDED');
    const fine = await graphql(
      api.gateway,
      '{ shop { name } shop { name primaryDomain } products(first: 2) { nodes { id id title } } }',
    );
    expect(fine.errors).toBeUndefined();
  });
});
