import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { limitedFieldCount } from './mutation-limit.js';

const lines = '(cartId: "c", lines: [{ merchandiseId: "v" }]) { cart { id } }';

describe('limitedFieldCount', () => {
  it('counts aliased cart and checkout root fields, and nothing in a query', () => {
    expect(limitedFieldCount(parse(`mutation { a: cartLinesAdd${lines} b: cartLinesAdd${lines} }`), null)).toBe(2);
    expect(limitedFieldCount(parse('query { shop { name } }'), null)).toBe(0);
  });

  it('counts root fields hidden in inline fragments and fragment spreads (no way around the budget)', () => {
    const document = parse(`
      mutation M { ... on Mutation { a: cartLinesAdd${lines} ...More } ...More }
      fragment More on Mutation { b: cartLinesAdd${lines} c: checkoutStart(cartId: "c") { checkout { id } } }
    `);
    expect(limitedFieldCount(document, 'M')).toBe(5);
  });

  it('does not loop on a fragment that spreads itself', () => {
    const document = parse(`mutation { ...Loop } fragment Loop on Mutation { cartCreate { cart { id } } ...Loop }`);
    expect(limitedFieldCount(document, null)).toBe(1);
  });
});
