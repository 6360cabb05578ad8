import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stack } from '../stack.js';
import { customersClient, uniqueEmail } from '../test/customers-client.js';
import { startTestStack } from '../test/stack.js';

// The web signs in with an HttpOnly cookie, which browsers attach to cross-site requests too.
// So the gateway must refuse what a cross-site form or image can send (CSRF), and must let only
// the allow-listed storefront origins read responses with credentials (CORS).
let stack: Stack;
let url: string;
let token: string;

beforeAll(async () => {
  stack = await startTestStack({ CORS_ORIGINS: 'https://shop.example' });
  url = `${stack.url('gateway')}/graphql`;
  const client = customersClient(stack);
  const email = uniqueEmail('cookie');
  await client.createCustomer({ email });
  token = await client.signIn(email);
});
afterAll(() => stack?.stop());

const customerQuery = JSON.stringify({ query: '{ customer { email } }' });

describe('cookie sign-in', () => {
  it('identifies the customer from the session cookie on a JSON request', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `theme=dark; shop_session=${token}` },
      body: customerQuery,
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { customer: { email: string } | null } }).data.customer?.email).toMatch(
      /^cookie-/,
    );
  });

  it('refuses requests a cross-site form or link could make (CSRF)', async () => {
    const form = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie: `shop_session=${token}` },
      body: customerQuery,
    });
    expect(form.status).toBe(403);
    const refusal = await form.text();
    expect(refusal).not.toContain('"email"');
    expect(JSON.parse(refusal).errors[0].extensions.code).toBe('CSRF_PREVENTED');
    const urlEncoded = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `shop_session=${token}` },
      body: `query=${encodeURIComponent('{ customer { email } }')}`,
    });
    expect(urlEncoded.status).toBe(403);
    const link = await fetch(`${url}?query=${encodeURIComponent('{ customer { email } }')}`, {
      headers: { cookie: `shop_session=${token}` },
    });
    expect(link.status).toBe(403);
    const withHeader = await fetch(`${url}?query=${encodeURIComponent('{ customer { email } }')}`, {
      headers: { cookie: `shop_session=${token}`, 'x-shop-csrf': '1', accept: 'application/json' },
    });
    expect(withHeader.status).toBe(200);
  });

  it('leaves requests without the cookie alone: anonymous GET queries, apps with a Bearer token', async () => {
    const anonymous = await fetch(`${url}?query=${encodeURIComponent('{ shop { name } }')}`, {
      headers: { accept: 'application/json' },
    });
    expect(anonymous.status).toBe(200);
    const app = await fetch(`${url}?query=${encodeURIComponent('{ customer { email } }')}`, {
      headers: { accept: 'application/json', authorization: `Bearer ${token}` },
    });
    expect(app.status).toBe(200);
    expect(((await app.json()) as { data: { customer: { email: string } } }).data.customer.email).toMatch(/^cookie-/);
  });
});

describe('CORS', () => {
  const preflight = (origin: string) =>
    fetch(url, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });

  it('lets an allow-listed origin send credentials', async () => {
    const response = await preflight('https://shop.example');
    expect(response.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
  });

  it('gives any other origin nothing to read', async () => {
    // Yoga may answer a fixed allowed origin or 'null'; either way the browser, comparing it with
    // the requesting origin, lets the page read nothing. It must never echo the stranger back.
    const response = await preflight('https://evil.example');
    expect(response.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
    const simple = await fetch(url, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: customerQuery,
    });
    expect(simple.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
  });
});
