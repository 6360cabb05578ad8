import { expect, test } from '@playwright/test';
import { header, rawRequest } from '../support/http.js';
import { submitFormWithoutJs } from '../support/no-js-form.js';
import { GATEWAY_URL, STOREFRONT_URL } from '../support/stack-env.js';

// Issue 8: the storefront calls the gateway on shoppers' behalf. With every shopper counted as
// the storefront server's one address, 20 wrong sign-ins from one shopper (the gateway's default
// per-IP sign-in limit) would lock every shopper out of the web sign-in. Each shopper here is a
// loopback source address of its own; the sign-in form is posted as a browser without
// JavaScript posts it.

const ATTACKER = '127.0.0.2';
const SHOPPER = '127.0.0.3';
const PASSWORD = 'correct horse battery staple';
const SIGN_IN_URL = `${STOREFRONT_URL}/account/sign-in`;
const run = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

const signIn = (email: string, password: string, from: string) =>
  submitFormWithoutJs(SIGN_IN_URL, { email, password }, from);
const signedIn = (response: Awaited<ReturnType<typeof signIn>>) =>
  /(^|,\s*)shop_session=[^;]+/.test(header(response, 'set-cookie'));

test('20 wrong sign-ins from one shopper do not lock another shopper out of the web sign-in', async () => {
  test.setTimeout(120_000);
  const email = `e2e-first-party-${run}@example.com`;
  // The account, made at the gateway from an address of its own (sign-ups are limited per address too).
  const created = await rawRequest(`${GATEWAY_URL}/graphql`, {
    method: 'POST',
    localAddress: '127.0.0.4',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { id } userErrors { code message } } }',
      variables: { input: { email, password: PASSWORD, firstName: 'Grace', lastName: 'Hopper' } },
    }),
  });
  expect(created.body).toContain('"customer":{"id"');

  // One shopper guesses: 20 wrong passwords, each for another account (the per-account limit is lower).
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const wrong = await signIn(`nobody-${attempt}-${run}@example.com`, 'not the password', ATTACKER);
    expect(wrong.status, `attempt ${attempt + 1}`).toBe(200);
    expect(signedIn(wrong), `attempt ${attempt + 1}`).toBe(false);
  }
  // That shopper is now held back, even with the right password…
  expect(signedIn(await signIn(email, PASSWORD, ATTACKER))).toBe(false);

  // …while another shopper signs in through the same storefront.
  const shopper = await signIn(email, PASSWORD, SHOPPER);
  expect(signedIn(shopper), `status ${shopper.status}: ${shopper.body.slice(0, 300)}`).toBe(true);
  expect(shopper.status).toBe(303);
});
