import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { IDENTITY_LOOKUP_AUDIENCE, identityCacheKey, signIdentity } from '../../platform/identity.js';
import { signedLikeGateway } from '../../test/sign-like-gateway.js';
import { graphql } from '../../test/stack.js';
import { ensureDevStaff, resolveAccessToken } from './index.js';
import { useCustomersClient, idOf, PASSWORD, uniqueEmail, type UserError } from '../../test/customers-client.js';

// Accounts and tokens end to end: sign-up, sign-in through the gateway with a bearer token,
// expiry, revocation that beats the gateway's identity cache, and who may ask for identities.

const api = useCustomersClient();

async function select<T extends Record<string, unknown>>(query: ReturnType<typeof sql>): Promise<T[]> {
  return [...(await api.stack.database.db.execute<T>(query))] as T[];
}

const SIGN_IN = `mutation($input: CustomerAccessTokenCreateInput!) {
  customerAccessTokenCreate(input: $input) { customerAccessToken { accessToken expiresAt } userErrors { field message code } }
}`;
const SIGN_OUT = `mutation($token: String!) {
  customerAccessTokenDelete(customerAccessToken: $token) { deletedAccessToken userErrors { field message code } }
}`;
const CREATE = `mutation($input: CustomerCreateInput!) {
  customerCreate(input: $input) { customer { id } userErrors { field message code } }
}`;

describe('sign-up and sign-in', () => {
  it('creates a customer, signs in through the gateway and reads `customer` with Authorization: Bearer', async () => {
    const email = uniqueEmail('Ada');
    const created = await api.client.createCustomer({
      email: `  ${email} `,
      firstName: 'Ada',
      lastName: 'Lovelace',
      acceptsMarketing: true,
    });
    expect(created).toMatchObject({
      email: email.toLowerCase(),
      firstName: 'Ada',
      lastName: 'Lovelace',
      displayName: 'Ada Lovelace',
      defaultAddress: null,
      addresses: { nodes: [], pageInfo: { hasNextPage: false } },
    });
    expect(created.id).toMatch(/^gid:\/\/shop\/Customer\/\d+$/);
    expect(Date.now() - Date.parse(created.createdAt)).toBeLessThan(60_000);

    const signedIn = await api.client.gateway<{
      customerAccessTokenCreate: {
        customerAccessToken: { accessToken: string; expiresAt: string };
        userErrors: UserError[];
      };
    }>(SIGN_IN, { input: { email: email.toUpperCase(), password: PASSWORD } });
    expect(signedIn.errors).toBeUndefined();
    const { customerAccessToken, userErrors } = signedIn.data!.customerAccessTokenCreate;
    expect(userErrors).toEqual([]);
    expect(customerAccessToken.accessToken).toMatch(/^[\w-]{43}$/);
    const days = (Date.parse(customerAccessToken.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);

    expect(await api.client.me(customerAccessToken.accessToken)).toEqual(created);
    expect(await api.client.me(null)).toBeNull();
    expect(await api.client.me('not-a-real-token-0123456789abcdefghijklmnop')).toBeNull();

    // Only the SHA-256 is stored, and the account row holds an Argon2id hash, never the password.
    const tokens = await select<{ tokenHash: string; subjectKind: string }>(sql`
      select token_hash as "tokenHash", subject_kind as "subjectKind" from customers.access_tokens
       where subject_kind = 'customer' and subject_id = ${idOf(created.id)}`);
    expect(tokens).toEqual([
      {
        tokenHash: createHash('sha256').update(customerAccessToken.accessToken).digest('base64url'),
        subjectKind: 'customer',
      },
    ]);
    const [account] = await select<{ passwordHash: string; acceptsMarketing: boolean }>(sql`
      select password_hash as "passwordHash", accepts_marketing as "acceptsMarketing" from customers.customers where id = ${idOf(created.id)}`);
    expect(account!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(account!.acceptsMarketing).toBe(true);
  });

  it('answers TAKEN for an email already registered in any case, and says nothing more', async () => {
    const email = uniqueEmail('taken');
    await api.client.createCustomer({ email });
    const again = await api.client.gateway<{ customerCreate: { customer: null; userErrors: UserError[] } }>(CREATE, {
      input: { email: ` ${email.toUpperCase()}`, password: 'another long password' },
    });
    expect(again.data!.customerCreate).toEqual({
      customer: null,
      userErrors: [{ field: ['input', 'email'], message: 'Email has already been taken.', code: 'TAKEN' }],
    });
    const [count] = await select<{ n: number }>(
      sql`select count(*)::int as n from customers.customers where email = ${email.toLowerCase()}`,
    );
    expect(count!.n).toBe(1);
  });

  it('refuses invalid input field by field, creating nothing', async () => {
    const response = await api.client.gateway<{ customerCreate: { customer: null; userErrors: UserError[] } }>(CREATE, {
      input: { email: 'not an email', password: 'short', firstName: 'x'.repeat(101) },
    });
    expect(response.data!.customerCreate.customer).toBeNull();
    expect(response.data!.customerCreate.userErrors.map((e) => [e.field, e.code])).toEqual([
      [['input', 'email'], 'INVALID'],
      [['input', 'password'], 'TOO_SHORT'],
      [['input', 'firstName'], 'INVALID'],
    ]);
  });

  it('uses the email local part as displayName when no name is given', async () => {
    const email = uniqueEmail('nameless');
    expect((await api.client.createCustomer({ email })).displayName).toBe(email.toLowerCase().split('@')[0]);
  });
});

describe('tokens', () => {
  it('stop working once expired', async () => {
    const email = uniqueEmail('expire');
    const created = await api.client.createCustomer({ email });
    const token = await api.client.signIn(email);
    expect(await resolveAccessToken(api.stack.database.db, token)).toEqual({
      kind: 'customer',
      customerId: idOf(created.id),
    });
    await api.stack.database.db.execute(sql`
      update customers.access_tokens set expires_at = now() - interval '1 second' where subject_id = ${idOf(created.id)}`);
    expect(await resolveAccessToken(api.stack.database.db, token)).toBeNull();
    expect(await api.client.me(token)).toBeNull();
  });

  it('stop at once when revoked, even though the gateway cached the identity', async () => {
    const email = uniqueEmail('revoke');
    const created = await api.client.createCustomer({ email });
    const token = await api.client.signIn(email);
    expect((await api.client.me(token))?.id).toBe(created.id);
    expect(await api.stack.redis.redis.get(identityCacheKey(token))).toMatchObject({
      identity: { kind: 'customer', customerId: idOf(created.id) },
    });

    const deleted = await api.client.gateway<{
      customerAccessTokenDelete: { deletedAccessToken: string | null; userErrors: UserError[] };
    }>(SIGN_OUT, { token }, token);
    expect(deleted.data!.customerAccessTokenDelete).toEqual({ deletedAccessToken: token, userErrors: [] });
    expect(await api.stack.redis.redis.get(identityCacheKey(token))).toEqual({ identity: null });
    expect(await api.client.me(token)).toBeNull();
    const [row] = await select<{ revoked: boolean }>(sql`
      select revoked_at is not null as revoked from customers.access_tokens
       where subject_kind = 'customer' and subject_id = ${idOf(created.id)}`);
    expect(row!.revoked).toBe(true);

    const again = await api.client.gateway<{
      customerAccessTokenDelete: { deletedAccessToken: string | null; userErrors: UserError[] };
    }>(SIGN_OUT, { token });
    expect(again.data!.customerAccessTokenDelete).toEqual({
      deletedAccessToken: null,
      userErrors: [{ field: ['customerAccessToken'], message: expect.any(String), code: 'INVALID' }],
    });
  });

  it('write no Redis key when a stranger signs out a token that never existed', async () => {
    // Well formed, so it passes the shape check, but never issued: nothing to revoke, nothing to mark.
    const token = randomBytes(32).toString('base64url');
    const deleted = await api.client.gateway<{
      customerAccessTokenDelete: { deletedAccessToken: string | null; userErrors: UserError[] };
    }>(SIGN_OUT, { token });
    expect(deleted.data!.customerAccessTokenDelete).toEqual({
      deletedAccessToken: null,
      userErrors: [{ field: ['customerAccessToken'], message: expect.any(String), code: 'INVALID' }],
    });
    expect(await api.stack.redis.redis.exists(identityCacheKey(token))).toBe(0);
  });

  it('revoke only the token signed out: another session of the same customer keeps working', async () => {
    const email = uniqueEmail('two-devices');
    const created = await api.client.createCustomer({ email });
    const [phone, laptop] = [await api.client.signIn(email), await api.client.signIn(email)];
    await api.client.gateway(SIGN_OUT, { token: phone });
    expect(await api.client.me(phone)).toBeNull();
    expect((await api.client.me(laptop))?.id).toBe(created.id);
  });
});

describe('staff', () => {
  it('sign in with staffAccessTokenCreate for 12 hours and read `staffMember`, not `customer`', async () => {
    const dev = await ensureDevStaff(api.stack.database.db, uniqueEmail('Admin'));
    expect(dev.password.length).toBeGreaterThanOrEqual(24);
    const { token, userErrors } = await api.client.attemptSignIn(dev.email, dev.password, { kind: 'staff' });
    expect(userErrors).toEqual([]);
    const hours = (Date.parse(token!.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(11.9);
    expect(hours).toBeLessThanOrEqual(12);
    const response = await api.client.gateway<{
      staffMember: { email: string; roles: string[] } | null;
      customer: null;
    }>('{ staffMember { id email roles } customer { id } }', {}, token!.accessToken);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      staffMember: {
        id: expect.stringMatching(/^gid:\/\/shop\/StaffMember\/\d+$/),
        email: dev.email,
        roles: ['ADMIN'],
      },
      customer: null,
    });

    // A customer password does not open a staff account with the same email, nor the reverse.
    expect((await api.client.attemptSignIn(dev.email, dev.password)).userErrors.map((e) => e.code)).toEqual([
      'UNIDENTIFIED_CUSTOMER',
    ]);
  });

  it('get a fresh password each time ensureDevStaff runs; the old one stops working', async () => {
    const email = uniqueEmail('reset');
    const first = await ensureDevStaff(api.stack.database.db, email);
    const second = await ensureDevStaff(api.stack.database.db, email);
    expect(second.password).not.toBe(first.password);
    expect((await api.client.attemptSignIn(email, first.password, { kind: 'staff' })).token).toBeNull();
    expect((await api.client.attemptSignIn(email, second.password, { kind: 'staff' })).token).not.toBeNull();
  });
});

describe('who may call the customers service', () => {
  const identityUrl = () => `${api.stack.url('customers')}/internal/identity`;
  type Sign = (body: string) => Record<string, string>;
  const signedBy =
    (secret: string): Sign =>
    (body) =>
      signIdentity(null, secret, {
        audience: IDENTITY_LOOKUP_AUDIENCE,
        request: { method: 'POST', path: '/internal/identity', body },
      });
  const lookup = (sign: Sign | null, body: unknown = { token: 'x'.repeat(43) }, headersFor: unknown = body) =>
    fetch(identityUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...sign?.(JSON.stringify(headersFor)) },
      body: JSON.stringify(body),
    });

  it('refuses a forged identity header straight to the subgraph with 401', async () => {
    const email = uniqueEmail('forged');
    const created = await api.client.createCustomer({ email });
    const identity = { kind: 'customer' as const, customerId: idOf(created.id) };
    const query = '{ customer { id email } }';
    const forged = await graphql(
      api.client.subgraphUrl,
      query,
      {},
      signedLikeGateway(api.client.subgraphUrl, { query }, identity, 'not-the-gateway-secret-but-32-chars-long', {
        audience: 'customers',
      }),
    );
    expect(forged.status).toBe(401);
    expect(forged.data).toBeUndefined();
    const unsigned = await graphql(
      api.client.subgraphUrl,
      query,
      {},
      {
        'x-gateway-identity': signedLikeGateway(api.client.subgraphUrl, { query }, identity, 'x', {
          audience: 'customers',
        })['x-gateway-identity']!,
      },
    );
    expect(unsigned.status).toBe(401);
    const stale = await graphql(
      api.client.subgraphUrl,
      query,
      {},
      signedLikeGateway(api.client.subgraphUrl, { query }, identity, api.stack.gatewaySecret, {
        audience: 'customers',
        now: Date.now() - 5 * 60_000,
      }),
    );
    expect(stale.status).toBe(401);
    // The same identity signed with the real secret is the control: it works.
    // Signed by the gateway, but for another subgraph: not replayable here.
    const elsewhere = await graphql(
      api.client.subgraphUrl,
      query,
      {},
      signedLikeGateway(api.client.subgraphUrl, { query }, identity, api.stack.gatewaySecret, { audience: 'catalog' }),
    );
    expect(elsewhere.status).toBe(401);
    const genuine = await graphql<{ customer: { id: string } }>(
      api.client.subgraphUrl,
      query,
      {},
      signedLikeGateway(api.client.subgraphUrl, { query }, identity, api.stack.gatewaySecret, {
        audience: 'customers',
      }),
    );
    expect(genuine.data?.customer.id).toBe(created.id);
  });

  it('answers /internal/identity only to the gateway', async () => {
    const email = uniqueEmail('lookup');
    const created = await api.client.createCustomer({ email });
    const token = await api.client.signIn(email);
    expect((await lookup(null, { token })).status).toBe(401);
    expect((await lookup(signedBy('not-the-gateway-secret-but-32-chars-long'), { token })).status).toBe(401);
    // A genuine header captured from one lookup cannot be replayed to test another token.
    expect((await lookup(signedBy(api.stack.gatewaySecret), { token }, { token: 'x'.repeat(43) })).status).toBe(401);
    const answered = await lookup(signedBy(api.stack.gatewaySecret), { token });
    expect(answered.status).toBe(200);
    const body = (await answered.json()) as { identity: unknown; expiresAt: string };
    expect(body.identity).toEqual({ kind: 'customer', customerId: idOf(created.id) });
    expect(Date.parse(body.expiresAt)).toBeGreaterThan(Date.now());
    expect(await (await lookup(signedBy(api.stack.gatewaySecret))).json()).toEqual({ identity: null, expiresAt: null });
    expect((await lookup(signedBy(api.stack.gatewaySecret), { token: 42 })).status).toBe(400);
    expect((await fetch(identityUrl(), { headers: signedBy(api.stack.gatewaySecret)('') })).status).toBe(405);
  });
});
