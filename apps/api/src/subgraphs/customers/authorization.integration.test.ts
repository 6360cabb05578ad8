import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '../../platform/identity.js';
import {
  useCustomersClient,
  CUSTOMER_FIELDS,
  idOf,
  uniqueEmail,
  type CustomerShape,
  type UserError,
} from '../../test/customers-client.js';

// Ownership: customer B reaches nothing of customer A's, by any field. A foreign customer id
// looks exactly like a missing one, and an address is always saved to the caller's own account.

const api = useCustomersClient();
let alice: { customer: CustomerShape; token: string; identity: Identity };
let bob: { customer: CustomerShape; token: string; identity: Identity };

const ADD_ADDRESS = `mutation($address: MailingAddressInput!, $setAsDefault: Boolean) {
  customerAddressCreate(address: $address, setAsDefault: $setAsDefault) {
    customerAddress { id address1 city countryCode zip }
    userErrors { field message code }
  }
}`;
const ENTITIES = `query($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Customer { ${CUSTOMER_FIELDS} } }
}`;
type AddAddress = {
  customerAddressCreate: {
    customerAddress: { id: string; address1: string; city: string; countryCode: string } | null;
    userErrors: UserError[];
  };
};

const home = { firstName: 'Alice', address1: '1 Private Lane', city: 'Berlin', countryCode: 'de', zip: '10115' };

async function account(label: string) {
  const email = uniqueEmail(label);
  const customer = await api.client.createCustomer({ email, firstName: label });
  const token = await api.client.signIn(email);
  return { customer, token, identity: { kind: 'customer', customerId: idOf(customer.id) } as Identity };
}

async function addressOwners(): Promise<Array<{ customerId: number; address1: string }>> {
  const rows = await api.stack.database.db.execute<{ customerId: number; address1: string }>(sql`
    select customer_id::int as "customerId", address1 from customers.addresses
    where customer_id = any(${`{${[alice, bob].map((who) => idOf(who.customer.id)).join(',')}}`}::bigint[]) order by id`);
  return [...rows];
}

beforeAll(async () => {
  alice = await account('Alice');
  bob = await account('Bob');
  const saved = await api.client.gateway<AddAddress>(ADD_ADDRESS, { address: home, setAsDefault: true }, alice.token);
  expect(saved.data!.customerAddressCreate.userErrors).toEqual([]);
});

describe('customerAddressCreate', () => {
  it('saves to the signed-in customer and can make it the default', async () => {
    const me = await api.client.me(alice.token);
    expect(me!.addresses.nodes).toEqual([
      {
        id: expect.stringMatching(/^gid:\/\/shop\/MailingAddress\/\d+$/),
        address1: '1 Private Lane',
        city: 'Berlin',
        countryCode: 'DE',
      },
    ]);
    expect(me!.defaultAddress).toEqual({ id: me!.addresses.nodes[0]!.id, address1: '1 Private Lane' });
  });

  it('always writes to the caller’s own account', async () => {
    const before = await addressOwners();
    const saved = await api.client.gateway<AddAddress>(
      ADD_ADDRESS,
      { address: { ...home, address1: '2 Bob Street' }, setAsDefault: true },
      bob.token,
    );
    expect(saved.data!.customerAddressCreate.userErrors).toEqual([]);
    const after = await addressOwners();
    expect(after).toEqual([...before, { customerId: idOf(bob.customer.id), address1: '2 Bob Street' }]);
    const [aliceNow, bobNow] = [await api.client.me(alice.token), await api.client.me(bob.token)];
    expect(aliceNow!.addresses.nodes.map((a) => a.address1)).toEqual(['1 Private Lane']);
    expect(aliceNow!.defaultAddress?.address1).toBe('1 Private Lane');
    expect(bobNow!.defaultAddress?.address1).toBe('2 Bob Street');
  });

  it('keeps the default unless setAsDefault is true', async () => {
    await api.client.gateway<AddAddress>(ADD_ADDRESS, { address: { ...home, address1: '3 Second Home' } }, alice.token);
    const me = await api.client.me(alice.token);
    expect(me!.addresses.nodes.map((a) => a.address1)).toEqual(['1 Private Lane', '3 Second Home']);
    expect(me!.defaultAddress?.address1).toBe('1 Private Lane');
  });

  it('is UNAUTHENTICATED without a customer token, staff included', async () => {
    const anonymous = await api.client.gateway<AddAddress>(ADD_ADDRESS, { address: home });
    expect(anonymous.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(anonymous.data?.customerAddressCreate ?? null).toBeNull();
    const staff = await api.client.subgraph<AddAddress>(
      ADD_ADDRESS,
      { address: home },
      { identity: { kind: 'staff', staffId: 1, roles: ['ADMIN'] } },
    );
    expect(staff.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses invalid addresses with the path of each field at fault', async () => {
    const before = await addressOwners();
    const response = await api.client.gateway<AddAddress>(
      ADD_ADDRESS,
      { address: { address1: ' ', city: 'Paris', countryCode: 'XX', phone: 'call me' } },
      bob.token,
    );
    expect(response.data!.customerAddressCreate).toEqual({
      customerAddress: null,
      userErrors: [
        { field: ['address', 'address1'], message: 'Address is required.', code: 'INVALID' },
        { field: ['address', 'countryCode'], message: expect.stringContaining('ISO 3166-1'), code: 'INVALID' },
        { field: ['address', 'phone'], message: expect.any(String), code: 'INVALID' },
      ],
    });
    expect(await addressOwners()).toEqual(before);
  });
});

describe("another customer's data", () => {
  it('is not in `customer`: each token sees only its own account', async () => {
    const me = await api.client.me(bob.token);
    expect(me!.id).toBe(bob.customer.id);
    expect(me!.addresses.nodes.map((a) => a.address1)).not.toContain('1 Private Lane');
  });

  it('is null through _entities under B’s identity, like a customer that does not exist', async () => {
    const representations = [
      { __typename: 'Customer', id: alice.customer.id },
      { __typename: 'Customer', id: 'gid://shop/Customer/999999999' },
      { __typename: 'Customer', id: bob.customer.id },
    ];
    const asBob = await api.client.subgraph<{ _entities: Array<CustomerShape | null> }>(
      ENTITIES,
      { representations },
      { identity: bob.identity },
    );
    expect(asBob.errors).toBeUndefined();
    expect(asBob.data!._entities.map((entity) => entity?.id ?? null)).toEqual([null, null, bob.customer.id]);

    for (const identity of [null, { kind: 'staff', staffId: 1, roles: ['MARKETER', 'MERCHANDISER'] }] as Identity[]) {
      const response = await api.client.subgraph<{ _entities: Array<CustomerShape | null> }>(
        ENTITIES,
        { representations },
        { identity },
      );
      expect(response.data!._entities).toEqual([null, null, null]);
    }
  });

  it('is readable through _entities by the customer themselves and by ADMIN staff', async () => {
    const representations = [{ __typename: 'Customer', id: alice.customer.id }];
    for (const identity of [alice.identity, { kind: 'staff', staffId: 1, roles: ['ADMIN'] }] as Identity[]) {
      const response = await api.client.subgraph<{ _entities: Array<CustomerShape | null> }>(
        ENTITIES,
        { representations },
        { identity },
      );
      expect(response.data!._entities[0]?.addresses.nodes[0]?.address1).toBe('1 Private Lane');
    }
  });

  it('is not reachable by global id through Query.node', async () => {
    const response = await api.client.gateway<{ node: unknown }>(
      'query($id: ID!) { node(id: $id) { id ... on Customer { email } } }',
      { id: alice.customer.id },
      bob.token,
    );
    expect(response.data?.node ?? null).toBeNull();
  });

  it('is not in the payload of a sign-up: a new customer object shows no addresses to an anonymous caller', async () => {
    const created = await api.client.createCustomer({ email: uniqueEmail('fresh') });
    expect(created.addresses.nodes).toEqual([]);
    expect(created.defaultAddress).toBeNull();
  });
});

describe('addresses', () => {
  it('page with first/after', async () => {
    const query = `query($after: String) { customer { addresses(first: 1, after: $after) { nodes { address1 } pageInfo { hasNextPage endCursor } } } }`;
    type Page = {
      customer: {
        addresses: { nodes: Array<{ address1: string }>; pageInfo: { hasNextPage: boolean; endCursor: string } };
      };
    };
    const first = await api.client.gateway<Page>(query, {}, alice.token);
    expect(first.data!.customer.addresses.nodes).toEqual([{ address1: '1 Private Lane' }]);
    expect(first.data!.customer.addresses.pageInfo.hasNextPage).toBe(true);
    const second = await api.client.gateway<Page>(
      query,
      { after: first.data!.customer.addresses.pageInfo.endCursor },
      alice.token,
    );
    expect(second.data!.customer.addresses.nodes).toEqual([{ address1: '3 Second Home' }]);
  });
});
