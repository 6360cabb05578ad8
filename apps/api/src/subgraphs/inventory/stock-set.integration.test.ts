import { randomBytes } from 'node:crypto';
import { between, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectDatabase } from '../../platform/db/client.js';
import type { Identity } from '../../platform/identity.js';
import { signedLikeGateway } from '../../test/sign-like-gateway.js';
import { graphql, useTestStack } from '../../test/stack.js';
import { ensureDevStaff } from '../customers/index.js';
import { commitHold, reserveStock } from './index.js';
import { setStock } from './stock-set.js';
import { items, levels, locations, reservations } from './tables.js';

// inventorySet through the gateway and straight to the subgraph (signed as the gateway signs,
// to act as each staff role), and concurrently with checkouts' holds on the run's database.
const api = useTestStack();
const database = connectDatabase(inject('databaseUrl'), { max: 16, queueLimit: 1000 });
const db = database.db;
// The variants made here go again, so they never show up in another file's "every item".
afterAll(async () => {
  await db.delete(items).where(between(items.variantId, FIRST_VARIANT_ID, FIRST_VARIANT_ID + 9_999));
  await database.close();
});

let locationIds: number[] = [];
const FIRST_VARIANT_ID = 910_000_000 + (process.pid % 1000) * 10_000;
let nextVariantId = FIRST_VARIANT_ID;
beforeAll(async () => {
  locationIds = (await db.select({ id: locations.id }).from(locations).orderBy(locations.id)).map((row) => row.id);
});

async function makeVariant(onHand: number[], tracked = true) {
  const variantId = nextVariantId++;
  await db.insert(items).values({ variantId, productId: variantId, tracked });
  if (onHand.length > 0) {
    await db
      .insert(levels)
      .values(onHand.map((units, index) => ({ variantId, locationId: locationIds[index]!, onHand: units })));
  }
  return variantId;
}

async function stockOf(variantId: number) {
  const rows = await db.select().from(levels).where(eq(levels.variantId, variantId));
  const [held] = await db.execute<{ held: number }>(sql`
    select coalesce(sum(${reservations.quantity}), 0)::int as held from ${reservations}
     where ${reservations.variantId} = ${variantId} and ${reservations.state} = 'held'`);
  return {
    onHand: rows.reduce((sum, row) => sum + row.onHand, 0),
    reserved: rows.reduce((sum, row) => sum + row.reserved, 0),
    held: held!.held,
  };
}

const gid = (id: number) => `gid://shop/ProductVariant/${id}`;
const SET = `mutation($id: ID!, $quantity: Int!) {
  inventorySet(variantId: $id, quantity: $quantity) {
    variant { id quantityAvailable }
    userErrors { field message code }
  }
}`;
interface SetResponse {
  inventorySet: {
    variant: { id: string; quantityAvailable: number | null } | null;
    userErrors: Array<{ field: string[] | null; message: string; code: string }>;
  } | null;
}

/** Straight to the inventory subgraph as the gateway would send it for `identity`. */
function asIdentity(identity: Identity | null, variables: Record<string, unknown>) {
  const url = `${api.stack.url('inventory')}/graphql`;
  return graphql<SetResponse>(
    url,
    SET,
    variables,
    signedLikeGateway(url, { query: SET, variables }, identity, api.stack.gatewaySecret, { audience: 'inventory' }),
  );
}
const staff = (...roles: Array<'MARKETER' | 'MERCHANDISER' | 'ADMIN'>): Identity => ({
  kind: 'staff',
  staffId: 1,
  roles,
});

describe('inventorySet authorization', () => {
  it('refuses anonymous callers, customers and marketers; MERCHANDISER and ADMIN set stock', async () => {
    const variantId = await makeVariant([4]);
    const variables = { id: gid(variantId), quantity: 9 };

    const anonymous = await graphql<SetResponse>(api.gateway, SET, variables);
    expect(anonymous.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    const customer = await asIdentity({ kind: 'customer', customerId: 1 }, variables);
    expect(customer.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    const marketer = await asIdentity(staff('MARKETER'), variables);
    expect(marketer.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(await stockOf(variantId)).toEqual({ onHand: 4, reserved: 0, held: 0 });

    const merchandiser = await asIdentity(staff('MARKETER', 'MERCHANDISER'), variables);
    expect(merchandiser.errors).toBeUndefined();
    expect(merchandiser.data!.inventorySet).toEqual({
      variant: { id: gid(variantId), quantityAvailable: 9 },
      userErrors: [],
    });

    // ADMIN through the gateway, signed in with a real staff token.
    const admin = await ensureDevStaff(api.stack.database.db, `stock-${randomBytes(4).toString('hex')}@example.com`);
    const signIn = await graphql<{ staffAccessTokenCreate: { staffAccessToken: { accessToken: string } } }>(
      api.gateway,
      `
        mutation ($input: StaffAccessTokenCreateInput!) {
          staffAccessTokenCreate(input: $input) {
            staffAccessToken {
              accessToken
            }
          }
        }
      `,
      { input: { email: admin.email, password: admin.password } },
    );
    const token = signIn.data!.staffAccessTokenCreate.staffAccessToken.accessToken;
    const byAdmin = await graphql<SetResponse>(
      api.gateway,
      SET,
      { id: gid(variantId), quantity: 11 },
      { authorization: `Bearer ${token}` },
    );
    expect(byAdmin.errors).toBeUndefined();
    expect(byAdmin.data!.inventorySet!.variant).toEqual({ id: gid(variantId), quantityAvailable: 11 });
    expect(await stockOf(variantId)).toEqual({ onHand: 11, reserved: 0, held: 0 });
  });
});

describe('inventorySet input', () => {
  const codeOf = async (id: string, quantity: number) => {
    const response = await asIdentity(staff('ADMIN'), { id, quantity });
    expect(response.errors).toBeUndefined();
    expect(response.data!.inventorySet!.variant).toBeNull();
    return response.data!.inventorySet!.userErrors.map((error) => `${error.field?.join('.')}:${error.code}`);
  };

  it('answers bad input with userErrors and changes nothing', async () => {
    const variantId = await makeVariant([3]);
    const untracked = await makeVariant([], false);
    expect(await codeOf('gid://shop/ProductVariant/x', 1)).toEqual(['variantId:INVALID']);
    expect(await codeOf('not an id', 1)).toEqual(['variantId:INVALID']);
    expect(await codeOf('gid://shop/Product/1', 1)).toEqual(['variantId:NOT_FOUND']);
    expect(await codeOf(gid(899_999_999), 1)).toEqual(['variantId:NOT_FOUND']);
    expect(await codeOf(gid(variantId), -1)).toEqual(['quantity:LESS_THAN']);
    expect(await codeOf(gid(variantId), 1_000_001)).toEqual(['quantity:GREATER_THAN_MAX']);
    expect(await codeOf(gid(untracked), 5)).toEqual(['variantId:UNTRACKED']);
    expect(await stockOf(variantId)).toEqual({ onHand: 3, reserved: 0, held: 0 });
  });

  it('never sets on hand below what checkouts hold, and says how many that is', async () => {
    const variantId = await makeVariant([4, 6]);
    await db.transaction((tx) =>
      reserveStock(
        tx,
        randomBytes(16).toString('base64url'),
        [{ variantId, quantity: 6 }],
        new Date(Date.now() + 600_000),
      ),
    );
    const response = await asIdentity(staff('MERCHANDISER'), { id: gid(variantId), quantity: 5 });
    expect(response.data!.inventorySet).toEqual({
      variant: null,
      userErrors: [
        {
          field: ['quantity'],
          message: '6 units are held by checkouts; on hand cannot be set below 6.',
          code: 'BELOW_RESERVED',
        },
      ],
    });
    const exact = await asIdentity(staff('MERCHANDISER'), { id: gid(variantId), quantity: 6 });
    expect(exact.data!.inventorySet!.variant).toEqual({ id: gid(variantId), quantityAvailable: 0 });
    expect(await stockOf(variantId)).toEqual({ onHand: 6, reserved: 6, held: 6 });
  });

  it('creates the level of a tracked variant that has none', async () => {
    const variantId = await makeVariant([]);
    expect(await setStock(db, gid(variantId), 7)).toEqual({ variantId: gid(variantId), userErrors: [] });
    expect(await stockOf(variantId)).toEqual({ onHand: 7, reserved: 0, held: 0 });
  });
});

describe('inventorySet during a sale', () => {
  it('loses no concurrent hold or sale, and never goes below what is held', async () => {
    const variantId = await makeVariant([30, 20]);
    const holders = Array.from({ length: 40 }, () => randomBytes(16).toString('base64url'));
    const until = new Date(Date.now() + 600_000);
    // Counts close to what the checkouts hold, so some land below it and must be refused.
    const counts = [45, 60, 42, 100, 41, 70, 50, 95, 44, 61];
    const [sales, sets] = await Promise.all([
      Promise.allSettled(
        holders.map((holder, index) =>
          db.transaction(async (tx) => {
            const held = await reserveStock(tx, holder, [{ variantId, quantity: 1 }], until);
            if (!held.ok) return 'short';
            return index % 4 === 0 && (await commitHold(tx, holder)).ok ? 'sold' : 'held';
          }),
        ),
      ),
      Promise.allSettled(counts.map((quantity) => setStock(db, gid(variantId), quantity))),
    ]);
    expect([...sales, ...sets].filter((result) => result.status === 'rejected')).toEqual([]);
    const outcome = (state: string) =>
      sales.filter((result) => result.status === 'fulfilled' && result.value === state).length;
    const refused = sets.filter(
      (result) => result.status === 'fulfilled' && result.value.userErrors[0]?.code === 'BELOW_RESERVED',
    ).length;
    expect(sets.length - refused).toBeGreaterThan(0);

    const stock = await stockOf(variantId);
    expect(stock).toEqual({ onHand: stock.onHand, reserved: outcome('held'), held: outcome('held') });
    expect(stock.onHand).toBeGreaterThanOrEqual(stock.reserved);
    const [sold] = await db.execute<{ n: number }>(sql`
      select count(*)::int as n from ${reservations}
       where ${reservations.variantId} = ${variantId} and ${reservations.state} = 'committed'`);
    expect(sold!.n).toBe(outcome('sold'));
  });
});
