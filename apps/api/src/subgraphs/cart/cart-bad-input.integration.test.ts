import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestStack } from '../../test/stack.js';
import { cartClient, MUTATIONS, pickVariants, setStock, variantGid, type CartShape } from './cart-test-api.js';

// Bad input gets userErrors (or a GraphQL error with a code for what GraphQL itself refuses),
// never a 500, and never changes the cart. Cart and checkout mutations also have a budget per
// client address at the gateway.
const api = useTestStack({ TRUSTED_PROXIES: '127.0.0.1', MUTATION_RATE_LIMIT: '1000000' });
const cart = cartClient(() => api.gateway);

let variant: string;
let capped: string;
let start: CartShape;
const MEGABYTE = 'x'.repeat(1_000_000);
// The gateway reads at most 100 KB of body: oversized fields that fit get user errors from the cart.
const BIG = 'x'.repeat(90_000);

beforeAll(async () => {
  const [first, second] = await pickVariants(api.stack.database.db, 2, 40);
  await setStock(api.stack.database.db, first!.id, 100);
  await setStock(api.stack.database.db, second!.id, 100, 2);
  variant = variantGid(first!.id);
  capped = variantGid(second!.id);
  start = await cart.create({ lines: [{ merchandiseId: variant, quantity: 1 }], discountCodes: ['WELCOME10'] });
});

const line = () => start.lines.nodes[0]!.id;
const manyLines = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ merchandiseId: variantGid(900_000_000 + i), quantity: 1 }));

// [name, mutation, variables, expected code, expected field]
const TABLE: Array<[string, keyof typeof MUTATIONS, () => Record<string, unknown>, string, string[] | null]> = [
  [
    'quantity 0 on add',
    'cartLinesAdd',
    () => ({ lines: [{ merchandiseId: variant, quantity: 0 }] }),
    'LESS_THAN',
    ['lines', '0', 'quantity'],
  ],
  [
    'quantity -1 on add',
    'cartLinesAdd',
    () => ({ lines: [{ merchandiseId: variant, quantity: -1 }] }),
    'LESS_THAN',
    ['lines', '0', 'quantity'],
  ],
  [
    'quantity 10^9',
    'cartLinesAdd',
    () => ({ lines: [{ merchandiseId: variant, quantity: 1_000_000_000 }] }),
    'GREATER_THAN_MAX',
    ['lines', '0', 'quantity'],
  ],
  [
    'quantity 1000',
    'cartLinesAdd',
    () => ({ lines: [{ merchandiseId: variant, quantity: 1000 }] }),
    'GREATER_THAN_MAX',
    ['lines', '0', 'quantity'],
  ],
  [
    '999 on top of 1 (1000 in all)',
    'cartLinesAdd',
    () => ({ lines: [{ merchandiseId: variant, quantity: 999 }] }),
    'GREATER_THAN_MAX',
    ['lines', '0', 'quantity'],
  ],
  [
    'over the per-order cap',
    'cartLinesAdd',
    () => ({ lines: [{ merchandiseId: capped, quantity: 3 }] }),
    'GREATER_THAN_MAX',
    ['lines', '0', 'quantity'],
  ],
  [
    'more than the stock',
    'cartLinesAdd',
    () => ({ lines: [{ merchandiseId: variant, quantity: 150 }] }),
    'NOT_ENOUGH_STOCK',
    ['lines', '0', 'quantity'],
  ],
  [
    'an unknown variant',
    'cartLinesAdd',
    () => ({ lines: [{ merchandiseId: variantGid(987_654_321) }] }),
    'MERCHANDISE_NOT_FOUND',
    ['lines', '0'],
  ],
  [
    'a product id as variant',
    'cartLinesAdd',
    () => ({ lines: [{ merchandiseId: 'gid://shop/Product/1' }] }),
    'MERCHANDISE_NOT_FOUND',
    ['lines', '0', 'merchandiseId'],
  ],
  [
    'a malformed variant id',
    'cartLinesAdd',
    () => ({ lines: [{ merchandiseId: "1' or 1=1 --" }] }),
    'INVALID',
    ['lines', '0', 'merchandiseId'],
  ],
  [
    'a 90 KB variant id',
    'cartLinesAdd',
    () => ({ lines: [{ merchandiseId: BIG }] }),
    'INVALID',
    ['lines', '0', 'merchandiseId'],
  ],
  ['1000 lines in one request', 'cartLinesAdd', () => ({ lines: manyLines(1000) }), 'INVALID', ['lines']],
  [
    'quantity -1 on update',
    'cartLinesUpdate',
    () => ({ lines: [{ id: line(), quantity: -1 }] }),
    'LESS_THAN',
    ['lines', '0', 'quantity'],
  ],
  [
    'quantity 10^9 on update',
    'cartLinesUpdate',
    () => ({ lines: [{ id: line(), quantity: 1_000_000_000 }] }),
    'GREATER_THAN_MAX',
    ['lines', '0', 'quantity'],
  ],
  [
    'a malformed line id',
    'cartLinesUpdate',
    () => ({ lines: [{ id: 'line-1', quantity: 1 }] }),
    'INVALID',
    ['lines', '0', 'id'],
  ],
  [
    'an unknown line id',
    'cartLinesUpdate',
    () => ({ lines: [{ id: 'gid://shop/CartLine/AAAAAAAAAAAAAAAAAAAAAA', quantity: 1 }] }),
    'INVALID_MERCHANDISE_LINE',
    ['lines', '0', 'id'],
  ],
  ['a 90 KB line id on remove', 'cartLinesRemove', () => ({ lineIds: [BIG] }), 'INVALID', ['lineIds', '0']],
  [
    'a cart id as line id',
    'cartLinesRemove',
    () => ({ lineIds: [start.id] }),
    'INVALID_MERCHANDISE_LINE',
    ['lineIds', '0'],
  ],
  [
    '11 discount codes',
    'cartDiscountCodesUpdate',
    () => ({ discountCodes: Array.from({ length: 11 }, (_, i) => `C${i}`) }),
    'INVALID',
    ['discountCodes'],
  ],
  [
    'a 65-character code',
    'cartDiscountCodesUpdate',
    () => ({ discountCodes: ['A'.repeat(65)] }),
    'INVALID',
    ['discountCodes', '0'],
  ],
  ['a 90 KB code', 'cartDiscountCodesUpdate', () => ({ discountCodes: [BIG] }), 'INVALID', ['discountCodes', '0']],
  [
    'a 90 KB email',
    'cartBuyerIdentityUpdate',
    () => ({ buyerIdentity: { email: `${BIG}@example.com` } }),
    'INVALID',
    ['buyerIdentity', 'email'],
  ],
  [
    'a 90 KB country',
    'cartBuyerIdentityUpdate',
    () => ({ buyerIdentity: { countryCode: BIG } }),
    'INVALID',
    ['buyerIdentity', 'countryCode'],
  ],
  [
    'a 90 KB token',
    'cartBuyerIdentityUpdate',
    () => ({ buyerIdentity: { customerAccessToken: BIG } }),
    'INVALID',
    ['buyerIdentity', 'customerAccessToken'],
  ],
];

describe('bad input', () => {
  it.each(TABLE)('%s: %s answers %s and leaves the cart as it was', async (_label, name, variables, code, field) => {
    const payload = await cart.mutate(name, { cartId: start.id, ...variables() });
    expect(payload.userErrors[0]).toMatchObject({ code, field });
    expect(payload.cart).toEqual(start);
    expect(await cart.read(start.id)).toEqual(start);
  });

  it('answers a 1 MB string with 413 PAYLOAD_TOO_LARGE before anything runs', async () => {
    const response = await cart.call(MUTATIONS.cartLinesAdd, {
      cartId: start.id,
      lines: [{ merchandiseId: MEGABYTE }],
    });
    expect(response.status).toBe(413);
    expect(response.errors![0]!.extensions!.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await cart.read(start.id)).toEqual(start);
  });

  it('answers a malformed or foreign cart id with a user error, not a fault', async () => {
    for (const [cartId, code] of [
      ['not-a-cart', 'INVALID'],
      [BIG, 'INVALID'],
      [line(), 'CART_NOT_FOUND'],
      ['gid://shop/Cart/1', 'INVALID'],
    ] as const) {
      const payload = await cart.mutate('cartLinesAdd', { cartId, lines: [{ merchandiseId: variant }] });
      expect(payload).toEqual({ cart: null, userErrors: [expect.objectContaining({ code, field: ['cartId'] })] });
    }
  });

  it('answers what GraphQL itself refuses (a quantity past Int, a malformed cart query) with a coded error, not a 500', async () => {
    const tooBig = await cart.call(MUTATIONS.cartLinesAdd, {
      cartId: start.id,
      lines: [{ merchandiseId: variant, quantity: 1e12 }],
    });
    // Refused by variable coercion at the gateway, before any subgraph runs.
    expect(tooBig.status).toBeLessThan(500);
    expect(tooBig.errors![0]!.message).toMatch(/quantity/);
    expect(tooBig.errors![0]!.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    const query = await cart.call(`query($id: ID!) { cart(id: $id) { id } }`, { id: 'nope' });
    expect(query.status).toBeLessThan(500);
    expect(query.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const missing = await cart.call<{ cart: unknown }>(`query($id: ID!) { cart(id: $id) { id } }`, {
      id: 'gid://shop/Cart/AAAAAAAAAAAAAAAAAAAAAA',
    });
    expect(missing.errors).toBeUndefined();
    expect(missing.data!.cart).toBeNull();
    expect(await cart.read(start.id)).toEqual(start);
  });
});

describe('lines per cart', () => {
  it('refuses a 101st line and keeps the 100', async () => {
    const picked = await pickVariants(api.stack.database.db, 101, 60);
    for (const one of picked) await setStock(api.stack.database.db, one.id, 10);
    const full = await cart.create({
      lines: picked.slice(0, 100).map((one) => ({ merchandiseId: variantGid(one.id) })),
    });
    expect(full.totalQuantity).toBe(100);
    const payload = await cart.mutate('cartLinesAdd', {
      cartId: full.id,
      lines: [{ merchandiseId: variantGid(picked[100]!.id) }],
    });
    expect(payload.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['lines'] })]);
    expect(payload.cart!.totalQuantity).toBe(100);
  });
});

describe('mutation budget', () => {
  const limited = useTestStack({ TRUSTED_PROXIES: '127.0.0.1', MUTATION_RATE_LIMIT: '5' });
  const freshIp = () => `198.19.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;

  it('refuses cart mutations past the budget of an address with 429, Retry-After and THROTTLED; reads go on', async () => {
    const ip = freshIp();
    const send = () =>
      fetch(limited.gateway, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
        body: JSON.stringify({ query: MUTATIONS.cartCreate, variables: { input: {} } }),
      });
    let allowed = 0;
    let refused: Response | null = null;
    for (let i = 0; i < 10 && !refused; i++) {
      const response = await send();
      if (response.status === 429) refused = response;
      else allowed += 1;
    }
    // 5 a minute; a sliding window straddling a minute's edge may let one more through.
    expect(allowed).toBeGreaterThanOrEqual(5);
    expect(allowed).toBeLessThanOrEqual(6);
    expect(refused).not.toBeNull();
    expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await refused!.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]!.extensions.code).toBe('THROTTLED');
    // Reading is another budget: the same address still reads its cart.
    const read = await fetch(limited.gateway, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: JSON.stringify({ query: '{ shop { name } }' }),
    });
    expect(read.status).toBe(200);
    // Another address has its own budget.
    const other = await fetch(limited.gateway, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': freshIp() },
      body: JSON.stringify({ query: MUTATIONS.cartCreate, variables: { input: {} } }),
    });
    expect(other.status).toBe(200);
  });

  it('counts every aliased cart mutation in one request', async () => {
    const ip = freshIp();
    const six = `mutation { ${Array.from({ length: 6 }, (_, i) => `c${i}: cartCreate { cart { id } }`).join(' ')} }`;
    const response = await fetch(limited.gateway, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: JSON.stringify({ query: six }),
    });
    expect(response.status).toBe(429);
  });
});
