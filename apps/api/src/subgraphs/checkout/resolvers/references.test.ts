import { describe, expect, it } from 'vitest';
import type { CheckoutContext } from '../context.js';
import { Checkout } from './Checkout.js';
import { Order } from './Order.js';

// node/nodes (through the catalog) and Checkout.order reach checkouts and orders by entity
// reference. A malformed, missing or foreign id is null alike; a database that cannot answer is
// an error, never "no such order" (a shopper who has just paid must not be told that).

const RAW = 'AbCdEfGhIjKlMnOpQr_-Uv';
const down = new Error('connection terminated unexpectedly');

function contextWith(rows: Record<string, { id: string; customerId: number | null } | Error>): CheckoutContext {
  const load = async (id: string) => {
    const row = rows[id];
    if (row instanceof Error) throw row;
    return row ?? null;
  };
  return {
    identity: { kind: 'customer', customerId: 7 },
    loaders: { checkoutById: { load }, orderById: { load } },
  } as unknown as CheckoutContext;
}

type Resolve = (reference: { id: string }, context: CheckoutContext) => Promise<unknown>;
const references: Array<[string, Resolve]> = [
  ['Checkout', Checkout.__resolveReference as unknown as Resolve],
  ['Order', Order.__resolveReference as unknown as Resolve],
];

describe.each(references)('%s.__resolveReference', (type, resolve) => {
  it('is the row for its owner, null for another customer, a missing or a malformed id', async () => {
    const context = contextWith({ [RAW]: { id: RAW, customerId: 7 }, other: { id: 'other', customerId: 8 } });
    expect(await resolve({ id: `gid://shop/${type}/${RAW}` }, context)).toMatchObject({ id: RAW });
    expect(await resolve({ id: `gid://shop/${type}/${'B'.repeat(22)}` }, context)).toBeNull();
    expect(await resolve({ id: `gid://shop/${type}/42` }, context)).toBeNull();
    expect(await resolve({ id: 'not an id' }, context)).toBeNull();
  });

  it('fails when the database fails, instead of answering that the object does not exist', async () => {
    await expect(resolve({ id: `gid://shop/${type}/${RAW}` }, contextWith({ [RAW]: down }))).rejects.toThrow(down);
  });
});
