import { describe, expect, it } from 'vitest';
import { startTestStack } from '../../test/stack.js';
import { DEFAULT_LOGIN_LIMITS } from './index.js';
import { customersClient, useCustomersClient, PASSWORD, uniqueEmail, uniqueIp } from '../../test/customers-client.js';

// Password guessing: attempts are limited per account and per client address, and an unknown
// email is indistinguishable from a wrong password, by message and by time.
// Attempts go straight to the subgraph, signed like the gateway, so each test picks its own
// client address and the limits of other tests (which share 127.0.0.1) stay out of it.

const api = useCustomersClient();

const codes = (result: { userErrors: Array<{ code: string }> }) => result.userErrors.map((error) => error.code);

describe('sign-in limits', () => {
  it(`allow ${DEFAULT_LOGIN_LIMITS.perAccount} attempts per account, then TOO_MANY_ATTEMPTS even with the right password`, async () => {
    const email = uniqueEmail('guessed');
    await api.client.createCustomer({ email });
    for (let attempt = 0; attempt < DEFAULT_LOGIN_LIMITS.perAccount; attempt++) {
      // A new address every time: the account's own limit is what stops this.
      expect(codes(await api.client.attemptSignIn(email, `wrong password ${attempt}`))).toEqual([
        'UNIDENTIFIED_CUSTOMER',
      ]);
    }
    const blocked = await api.client.attemptSignIn(email, PASSWORD);
    expect(blocked.token).toBeNull();
    expect(blocked.userErrors).toEqual([
      { field: null, message: expect.stringMatching(/too many/i), code: 'TOO_MANY_ATTEMPTS' },
    ]);
    // The limit is on the account, whatever case the email is typed in.
    expect(codes(await api.client.attemptSignIn(email.toUpperCase(), PASSWORD))).toEqual(['TOO_MANY_ATTEMPTS']);

    // Other accounts are not affected.
    const other = uniqueEmail('bystander');
    await api.client.createCustomer({ email: other });
    expect((await api.client.attemptSignIn(other, PASSWORD)).token).not.toBeNull();
  });

  it(`allow ${DEFAULT_LOGIN_LIMITS.perIp} attempts per client address across accounts, then TOO_MANY_ATTEMPTS`, async () => {
    const clientIp = uniqueIp();
    const email = uniqueEmail('sprayed');
    await api.client.createCustomer({ email });
    for (let attempt = 0; attempt < DEFAULT_LOGIN_LIMITS.perIp; attempt++) {
      // A different account each time: only the address limit can stop this.
      expect(codes(await api.client.attemptSignIn(uniqueEmail('unknown'), PASSWORD, { clientIp }))).toEqual([
        'UNIDENTIFIED_CUSTOMER',
      ]);
    }
    expect(codes(await api.client.attemptSignIn(email, PASSWORD, { clientIp }))).toEqual(['TOO_MANY_ATTEMPTS']);
    expect(codes(await api.client.attemptSignIn(email, PASSWORD, { clientIp, kind: 'staff' }))).toEqual([
      'TOO_MANY_ATTEMPTS',
    ]);
    // The same account from another address still signs in.
    expect((await api.client.attemptSignIn(email, PASSWORD, { clientIp: uniqueIp() })).token).not.toBeNull();
  });

  it('apply to staff sign-in too', async () => {
    const email = uniqueEmail('staff-guessed');
    for (let attempt = 0; attempt < DEFAULT_LOGIN_LIMITS.perAccount; attempt++) {
      expect(codes(await api.client.attemptSignIn(email, `wrong password ${attempt}`, { kind: 'staff' }))).toEqual([
        'UNIDENTIFIED_CUSTOMER',
      ]);
    }
    expect(codes(await api.client.attemptSignIn(email, PASSWORD, { kind: 'staff' }))).toEqual(['TOO_MANY_ATTEMPTS']);
  });
});

describe('an unknown email', () => {
  it('gets the same user error as a wrong password', async () => {
    const email = uniqueEmail('known');
    await api.client.createCustomer({ email });
    const unknown = await api.client.attemptSignIn(uniqueEmail('unknown'), PASSWORD);
    const wrong = await api.client.attemptSignIn(email, 'not the password at all');
    expect(unknown).toEqual(wrong);
    expect(wrong).toEqual({
      token: null,
      userErrors: [{ field: null, message: expect.any(String), code: 'UNIDENTIFIED_CUSTOMER' }],
    });
  });

  it('takes about as long as a wrong password: one Argon2 verification either way', async () => {
    const rounds = 7;
    // One account per wrong-password attempt, so no account limit is reached.
    const known = await Promise.all(
      Array.from({ length: rounds + 1 }, async () => {
        const email = uniqueEmail('timed');
        await api.client.createCustomer({ email });
        return email;
      }),
    );
    const timed = async (email: string) => {
      const started = performance.now();
      await api.client.attemptSignIn(email, 'not the password at all');
      return performance.now() - started;
    };
    await timed(known[rounds]!); // warm-up: connections, prepared statements
    await timed(uniqueEmail('warm-up'));
    const wrong: number[] = [];
    const unknown: number[] = [];
    // Interleaved, so drift in machine load hits both sides alike.
    for (let round = 0; round < rounds; round++) {
      wrong.push(await timed(known[round]!));
      unknown.push(await timed(uniqueEmail('unknown')));
    }
    // Medians: a CI machine running the browser journeys beside this stalls single requests. Without
    // the dummy verification an unknown email answers about 10x faster, far outside these bounds.
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const ratio = median(unknown) / median(wrong);
    expect(
      ratio,
      `unknown ${median(unknown).toFixed(1)} ms vs wrong password ${median(wrong).toFixed(1)} ms`,
    ).toBeGreaterThan(0.4);
    expect(ratio).toBeLessThan(2.5);
  });
});

describe('sign-up limit', () => {
  it('allows a few sign-ups per client address, then TOO_MANY_ATTEMPTS before any password is hashed', async () => {
    const limited = await startTestStack({ SIGN_UP_LIMIT_PER_IP: '3' });
    try {
      const limitedClient = customersClient(limited);
      const signUp = async (clientIp: string) => {
        const response = await limitedClient.subgraph<{
          customerCreate: { customer: { id: string } | null; userErrors: Array<{ code: string }> };
        }>(
          'mutation($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { id } userErrors { code } } }',
          { input: { email: uniqueEmail('signup'), password: PASSWORD } },
          { clientIp },
        );
        return response.data!.customerCreate;
      };
      const address = uniqueIp();
      for (let i = 0; i < 3; i++) expect((await signUp(address)).userErrors).toEqual([]);
      const refused = await signUp(address);
      expect(refused).toEqual({ customer: null, userErrors: [{ code: 'TOO_MANY_ATTEMPTS' }] });
      expect((await signUp(uniqueIp())).userErrors).toEqual([]);
    } finally {
      await limited.stop();
    }
  });
});
