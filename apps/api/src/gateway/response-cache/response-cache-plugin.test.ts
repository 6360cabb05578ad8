import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { mutationKind } from './response-cache-plugin.js';

// Which mutations evict the response cache: decided on the fields a mutation really runs, so
// neither a staff change (which must evict) nor a cart change (which must not) can pass for
// the other by how the document is written.
const kind = (document: string, variables: Record<string, unknown> = {}, operationName?: string) =>
  mutationKind(parse(document), operationName, variables);

const CART = `cartCreate(input: {}) { cart { id } }`;
/** A staff mutation's field, with `directives` on it. */
const staff = (directives = '') =>
  `productUpdate(id: "gid://shop/Product/1", input: { title: "x" }) ${directives} { product { id } }`;
const STAFF = staff();

describe('mutationKind', () => {
  it('leaves queries alone', () => {
    expect(kind(`{ shop { name } }`)).toBeNull();
  });

  it('calls a mutation of carts, checkouts or accounts private, however it is written', () => {
    expect(kind(`mutation { ${CART} }`)).toBe('private-mutation');
    expect(kind(`mutation { __typename ${CART} }`)).toBe('private-mutation');
    expect(kind(`mutation { ... on Mutation { ${CART} } }`)).toBe('private-mutation');
    expect(kind(`mutation { ...F } fragment F on Mutation { __typename ${CART} }`)).toBe('private-mutation');
    expect(kind(`mutation { ...F ...F } fragment F on Mutation { ...G } fragment G on Mutation { ${CART} }`)).toBe(
      'private-mutation',
    );
    // The alias is what the answer calls it; the field run is the cart's.
    expect(kind(`mutation { productUpdate: ${CART} }`)).toBe('private-mutation');
    // A staff field that is not run changes nothing.
    expect(kind(`mutation($s: Boolean!) { ${CART} ${staff('@skip(if: $s)')} }`, { s: true })).toBe('private-mutation');
    expect(kind(`mutation { ${CART} ... on Mutation @include(if: false) { ${STAFF} } }`)).toBe('private-mutation');
    expect(
      kind(`mutation($on: Boolean = false) { ${CART} ...F @include(if: $on) } fragment F on Mutation { ${STAFF} }`),
    ).toBe('private-mutation');
  });

  it('calls any mutation that runs a staff field public, however it is written', () => {
    expect(kind(`mutation { ${STAFF} }`)).toBe('public-mutation');
    expect(kind(`mutation { cartCreate: ${STAFF} }`)).toBe('public-mutation');
    expect(kind(`mutation { ${CART} ${STAFF} }`)).toBe('public-mutation');
    expect(kind(`mutation { ... on Mutation { ${STAFF} } }`)).toBe('public-mutation');
    expect(kind(`mutation { ${CART} ...F } fragment F on Mutation { ... on Mutation { ${STAFF} } }`)).toBe(
      'public-mutation',
    );
    expect(kind(`mutation($s: Boolean!) { ${CART} ${staff('@skip(if: $s)')} }`, { s: false })).toBe('public-mutation');
    expect(kind(`mutation($on: Boolean = true) { ${CART} ${staff('@include(if: $on)')} }`)).toBe('public-mutation');
    expect(kind(`mutation { ${CART} ${staff('@skip(if: false) @include(if: true)')} }`)).toBe('public-mutation');
    // The operation named, not the first one.
    expect(kind(`mutation A { ${CART} } mutation B { ${STAFF} }`, {}, 'B')).toBe('public-mutation');
  });

  it('calls public what it cannot decide, so a staff change is never left in the cache', () => {
    // Conditions that are no boolean (execution refuses them); a fragment the document lacks.
    expect(kind(`mutation($s: Boolean!) { ${CART} ${staff('@skip(if: $s)')} }`, { s: 'yes' })).toBe('public-mutation');
    expect(kind(`mutation($s: Boolean!) { ${CART} ${staff('@skip(if: $s)')} }`, {})).toBe('public-mutation');
    expect(kind(`mutation { ${CART} ...Missing }`)).toBe('public-mutation');
  });
});
