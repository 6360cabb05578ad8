import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FIRST_PARTY_HEADER, STOREFRONT_SERVER, signFirstPartyClient } from '@commerce/trust';
import { PASSWORD, uniqueEmail } from '../../test/customers-client.js';
import { graphql, useTestStack } from '../../test/stack.js';
import { graphqlById, storefrontDocumentId } from '../../test/trusted-documents.js';

// Per-client budgets at the gateway. Each test speaks from addresses of its own (the stack
// trusts 127.0.0.1 as a proxy, so X-Forwarded-For names the client), as the suite's Redis is shared.

const FIRST_PARTY_SECRET = randomBytes(32).toString('base64url');
const api = useTestStack({
  TRUSTED_PROXIES: '127.0.0.1',
  FIRST_PARTY_SECRET,
  RATE_LIMIT_WINDOW_SECONDS: '60',
  RATE_LIMIT_REQUESTS: '3',
  RATE_LIMIT_COST: '6000',
  FIRST_PARTY_RATE_LIMIT_REQUESTS: '40',
  FIRST_PARTY_RATE_LIMIT_COST: '1000000',
});

const freshIp = () => `198.18.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;
const from = (ip: string) => ({ 'x-forwarded-for': ip });
const asShopper = (ip: string, secret = FIRST_PARTY_SECRET) => ({
  [FIRST_PARTY_HEADER]: signFirstPartyClient(ip, secret),
});
const SHOP = '{ shop { name } }';
// First-party requests may carry only trusted documents (gateway/trusted-documents/).
const STOCK = storefrontDocumentId('ProductStock');
const NO_PRODUCT = { handle: 'no-such-product' };

/**
 * Sends until refused (at most 6) and returns how many got through. The budget is 3 a minute; a
 * sliding window weighs the previous minute by its overlap, so a run that straddles a minute's
 * edge may get one more: 3 or 4 means the bucket was shared, 6 that it was not.
 */
async function allowedBeforeRefusal(send: (i: number) => Promise<{ status: number }>): Promise<number> {
  for (let i = 0; i < 6; i++) if ((await send(i)).status === 429) return i;
  return 6;
}

describe('request budget', () => {
  it('answers 429 with Retry-After and THROTTLED once a client has used its requests, and reports what is left', async () => {
    const ip = freshIp();
    const remaining: number[] = [];
    let refused: Awaited<ReturnType<typeof graphql>> | null = null;
    // The budget is 3 a minute. A sliding window weighs the previous minute's count by how much
    // of it still overlaps, so a run that straddles a minute's edge may be let one more through.
    for (let i = 0; i < 6 && !refused; i++) {
      const response = await graphql(api.gateway, SHOP, {}, from(ip));
      if (response.status === 429) refused = response;
      else {
        expect(response.errors).toBeUndefined();
        remaining.push(
          (response as { extensions?: { rateLimit?: { requestsRemaining: number } } }).extensions!.rateLimit!
            .requestsRemaining,
        );
      }
    }
    expect(remaining.length).toBeGreaterThanOrEqual(3);
    expect(remaining.length).toBeLessThanOrEqual(4);
    expect(remaining[0]).toBe(2);
    expect([...remaining].sort((a, b) => b - a)).toEqual(remaining);
    expect(refused).not.toBeNull();
    expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused!.errors?.[0]?.extensions?.code).toBe('THROTTLED');
    // Another client is not affected.
    expect((await graphql(api.gateway, SHOP, {}, from(freshIp()))).status).toBe(200);
  });

  it('cannot be dodged by another spelling of the endpoint', async () => {
    const ip = freshIp();
    const base = api.stack.url('gateway');
    for (const path of ['/graphql/', '/graphql/graphql', '/graphql/x']) {
      const response = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...from(ip) },
        body: JSON.stringify({ query: SHOP }),
      });
      expect(response.status, path).toBe(404);
    }
  });

  it('counts an IPv6 client by its /64, so fresh addresses in one block share a bucket', async () => {
    const block = `2001:db8:${randomBytes(2).toString('hex')}:1`;
    const allowed = await allowedBeforeRefusal((i) =>
      graphql(api.gateway, SHOP, {}, from(`${block}:${(i + 1).toString(16)}::${i + 1}`)),
    );
    expect(allowed).toBeGreaterThanOrEqual(3);
    expect(allowed).toBeLessThanOrEqual(4);
  });
});

describe('cost budget', () => {
  it('refuses a client whose queries have summed past the cost budget in the window', async () => {
    const ip = freshIp();
    const facets = '{ collection(handle: "sneakers") { products(first: 1) { totalCount filters { id } } } }'; // 2,512: two such fit in 6,000, three do not
    const first = await graphql(api.gateway, facets, {}, from(ip));
    expect(first.errors).toBeUndefined();
    const costRemaining = (first as { extensions?: { rateLimit?: { costRemaining: number } } }).extensions?.rateLimit
      ?.costRemaining;
    expect(costRemaining).toBeGreaterThan(0);
    expect(costRemaining).toBeLessThan(6000);
    expect((await graphql(api.gateway, facets, {}, from(ip))).errors).toBeUndefined();
    const refused = await graphql(api.gateway, facets, {}, from(ip));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(refused.errors?.[0]?.extensions?.code).toBe('THROTTLED');
  });
});

describe('refused documents', () => {
  it('charge the cost budget too, so a client sending only refused documents is soon refused before parsing', async () => {
    const ip = freshIp();
    const dump = '{ products(first: 250) { nodes { variants(first: 250) { nodes { id } } } } }';
    const first = await graphql(api.gateway, dump, {}, from(ip));
    expect(first.errors?.[0]?.extensions?.code).toBe('MAX_COST_EXCEEDED');
    // The refusal spent more than this client's whole cost budget (6,000): even a cheap query waits now.
    const next = await graphql(api.gateway, SHOP, {}, from(ip));
    expect(next.status).toBe(429);
    expect(next.errors?.[0]?.extensions?.code).toBe('THROTTLED');
    expect(Number(next.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });
});

describe('invalid documents', () => {
  // A stack whose cost budget (2,500) a few invalid documents spend, before the request budget does.
  const strict = useTestStack({ TRUSTED_PROXIES: '127.0.0.1', RATE_LIMIT_REQUESTS: '100', RATE_LIMIT_COST: '2500' });

  it('are charged to the cost budget, so a client cannot make validation its free work', async () => {
    const ip = freshIp();
    // INVALID_DOCUMENT_COST (1,000) each: three spend this client's 2,500.
    for (let i = 0; i < 3; i++) {
      const invalid = await graphql(strict.gateway, `{ shop { nope${i} } }`, {}, from(ip));
      expect(invalid.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    await new Promise((resolve) => setTimeout(resolve, 100)); // the charge is not awaited by the response
    const next = await graphql(strict.gateway, SHOP, {}, from(ip));
    expect(next.status).toBe(429);
    expect(next.errors?.[0]?.extensions?.code).toBe('THROTTLED');
    // Another client's typos are its own.
    expect((await graphql(strict.gateway, SHOP, {}, from(freshIp()))).status).toBe(200);
  });
});

describe('first-party traffic', () => {
  it('gives each shopper behind the storefront server a budget of their own', async () => {
    // The storefront server itself is one address; its shoppers are many.
    const storefront = freshIp();
    for (let i = 0; i < 6; i++) {
      const response = await graphqlById(api.gateway, STOCK, NO_PRODUCT, {
        ...from(storefront),
        ...asShopper(freshIp()),
      });
      expect(response.status).toBe(200);
    }
  });

  it("leaves the storefront server's own renders (for its page cache) outside the budgets, but not its own documents", async () => {
    const storefront = freshIp();
    // More than the first-party budget (40 here) and the client budget (3).
    const statuses = await Promise.all(
      Array.from(
        { length: 45 },
        async () =>
          (await graphqlById(api.gateway, STOCK, NO_PRODUCT, { ...from(storefront), ...asShopper(STOREFRONT_SERVER) }))
            .status,
      ),
    );
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    // Outside the budgets, it may send only its own documents (trusted-documents/), each priced
    // by the cost limit as anyone's is; none of them can pass it: an expensive text is refused.
    const dump = await graphql(
      api.gateway,
      '{ products(first: 250) { nodes { variants(first: 250) { nodes { id } } } } }',
      {},
      asShopper(STOREFRONT_SERVER),
    );
    expect(dump.status).toBe(403);
    expect(dump.errors?.[0]?.extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
  });

  it('ignores a header signed with another secret: the request counts as the address it comes from', async () => {
    const ip = freshIp();
    const allowed = await allowedBeforeRefusal(() =>
      graphql(api.gateway, SHOP, {}, { ...from(ip), ...asShopper(freshIp(), 'x'.repeat(43)) }),
    );
    expect(allowed).toBeGreaterThanOrEqual(3);
    expect(allowed).toBeLessThanOrEqual(4);
  });

  it('keeps other shoppers signing in on the web while one address fails 20 sign-ins', async () => {
    const storefront = freshIp();
    const viaStorefront = (shopper: string) => ({ ...from(storefront), ...asShopper(shopper) });
    const email = uniqueEmail('web-shopper');
    const created = await graphqlById<{ customerCreate: { userErrors: unknown[] } }>(
      api.gateway,
      storefrontDocumentId('CustomerCreate'),
      { input: { email, password: PASSWORD } },
      viaStorefront(freshIp()),
    );
    expect(created.data?.customerCreate.userErrors).toEqual([]);
    const signIn = (address: string, user: string, password: string) =>
      graphqlById<{
        customerAccessTokenCreate: {
          customerAccessToken: { accessToken: string } | null;
          userErrors: Array<{ code: string }>;
        };
      }>(
        api.gateway,
        storefrontDocumentId('CustomerAccessTokenCreate'),
        { input: { email: user, password } },
        viaStorefront(address),
      );
    const attacker = freshIp();
    for (let i = 0; i < 21; i++) await signIn(attacker, uniqueEmail(`guess${i}`), 'wrong password');
    const locked = await signIn(attacker, email, PASSWORD);
    expect(locked.data?.customerAccessTokenCreate.userErrors.map((error) => error.code)).toEqual(['TOO_MANY_ATTEMPTS']);
    const other = await signIn(freshIp(), email, PASSWORD);
    expect(other.data?.customerAccessTokenCreate.userErrors).toEqual([]);
    expect(other.data?.customerAccessTokenCreate.customerAccessToken?.accessToken).toBeTruthy();
  });
});
