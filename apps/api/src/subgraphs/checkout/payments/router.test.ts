import { describe, expect, it, vi } from 'vitest';
import type { PaymentProvider, ProviderChargeResult } from './provider.js';
import { createPaymentRouter, type PaymentRouterOptions, type UncertainCharge } from './router.js';

type Behaviour = 'approve' | 'decline' | 'fail' | 'hang';

/** An in-memory instance whose next answers the test sets; counts what it was asked. */
function fakeProvider(id: string, kind = 'card') {
  const state = { behaviour: 'approve' as Behaviour, charges: 0, voids: [] as string[], aborted: 0 };
  const provider: PaymentProvider = {
    id,
    kind,
    async charge(request, signal): Promise<ProviderChargeResult> {
      state.charges += 1;
      // Like a provider quoting the request back in its error.
      if (state.behaviour === 'fail') throw new Error(`provider answered 500 for ${request.token}`);
      if (state.behaviour === 'hang')
        return new Promise((_, reject) =>
          signal.addEventListener('abort', () => {
            state.aborted += 1;
            reject(new Error('aborted'));
          }),
        );
      if (state.behaviour === 'decline') return { status: 'declined', message: 'Your card was declined.' };
      return { status: 'succeeded', reference: `${id}-${request.attemptId}-${request.amountMinor}` };
    },
    async lookup() {
      return 'unknown';
    },
    async void(attemptId) {
      state.voids.push(attemptId);
    },
  };
  return { provider, state };
}

const request = (attemptId = 'a1') => ({
  attemptId,
  amount: '104.90',
  currencyCode: 'EUR',
  provider: 'card',
  token: 'tok_secret_value',
  description: 'Checkout x',
});

function router(providers: PaymentProvider[], overrides: Partial<PaymentRouterOptions> = {}) {
  const uncertain: UncertainCharge[] = [];
  const payments = createPaymentRouter({
    providers,
    timeoutMs: 100,
    breakerFailures: 3,
    breakerHalfOpenMs: 60_000,
    onUncertainCharge: async (charge) => {
      uncertain.push(charge);
    },
    ...overrides,
  });
  return { payments, uncertain };
}

describe('createPaymentRouter', () => {
  it('charges the first instance in minor units and names it', async () => {
    const primary = fakeProvider('primary');
    const { payments } = router([primary.provider, fakeProvider('secondary').provider]);
    expect(await payments.charge(request())).toEqual({
      status: 'succeeded',
      providerId: 'primary',
      reference: 'primary-a1-10490',
    });
  });

  it('takes a decline as the answer: no failover, no void', async () => {
    const primary = fakeProvider('primary');
    const secondary = fakeProvider('secondary');
    primary.state.behaviour = 'decline';
    const { payments, uncertain } = router([primary.provider, secondary.provider]);
    expect(await payments.charge(request())).toEqual({
      status: 'declined',
      providerId: 'primary',
      message: 'Your card was declined.',
    });
    expect(secondary.state.charges).toBe(0);
    expect(uncertain).toEqual([]);
  });

  it('fails over from a failing primary, voiding and queueing its uncertain charge', async () => {
    const primary = fakeProvider('primary');
    const secondary = fakeProvider('secondary');
    primary.state.behaviour = 'fail';
    const { payments, uncertain } = router([primary.provider, secondary.provider]);
    const outcome = await payments.charge(request());
    expect(outcome).toMatchObject({ status: 'succeeded', providerId: 'secondary' });
    expect(primary.state.charges).toBe(1); // never retried on the instance that failed
    expect(uncertain).toEqual([{ providerId: 'primary', attemptId: 'a1' }]);
    await vi.waitFor(() => expect(primary.state.voids).toEqual(['a1']));
  });

  it('abandons a hanging instance at the timeout and fails over within a bounded time', async () => {
    const primary = fakeProvider('primary');
    primary.state.behaviour = 'hang';
    const { payments, uncertain } = router([primary.provider, fakeProvider('secondary').provider]);
    const started = Date.now();
    const outcome = await payments.charge(request());
    expect(outcome).toMatchObject({ status: 'succeeded', providerId: 'secondary' });
    // Bounded by the timeout (100 ms), with room for a loaded CI machine; without it the call never ends.
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(primary.state.aborted).toBe(1); // the adapter was told to stop waiting
    expect(uncertain).toEqual([{ providerId: 'primary', attemptId: 'a1' }]);
  });

  it('answers unavailable when no instance can take the charge', async () => {
    const primary = fakeProvider('primary');
    const secondary = fakeProvider('secondary');
    primary.state.behaviour = 'fail';
    secondary.state.behaviour = 'hang';
    const { payments, uncertain } = router([primary.provider, secondary.provider]);
    expect(await payments.charge(request())).toEqual({ status: 'unavailable' });
    expect(uncertain.map((charge) => charge.providerId)).toEqual(['primary', 'secondary']);
  });

  it('opens the breaker after N failures in a row: later charges skip the instance without calling it', async () => {
    const primary = fakeProvider('primary');
    const secondary = fakeProvider('secondary');
    primary.state.behaviour = 'fail';
    const { payments } = router([primary.provider, secondary.provider], { breakerFailures: 3 });
    for (let i = 0; i < 3; i++) await payments.charge(request(`a${i}`));
    // The voids in between succeed: they must not close the breaker that the charges opened.
    await vi.waitFor(() => expect(primary.state.voids).toHaveLength(3));
    const callsBefore = primary.state.charges;
    for (let i = 3; i < 10; i++)
      expect(await payments.charge(request(`a${i}`))).toMatchObject({ status: 'succeeded', providerId: 'secondary' });
    expect(primary.state.charges).toBe(callsBefore);
  });

  it('lets one call through after the half-open time and closes again when it succeeds', async () => {
    const primary = fakeProvider('primary');
    primary.state.behaviour = 'fail';
    const { payments } = router([primary.provider, fakeProvider('secondary').provider], {
      breakerFailures: 1,
      breakerHalfOpenMs: 150,
    });
    await payments.charge(request('a1'));
    expect(await payments.charge(request('a2'))).toMatchObject({ providerId: 'secondary' });
    primary.state.behaviour = 'approve';
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await payments.charge(request('a3'))).toMatchObject({ providerId: 'primary' });
    expect(await payments.charge(request('a4'))).toMatchObject({ providerId: 'primary' });
  });

  it('routes only to instances of the kind the shopper chose', async () => {
    const card = fakeProvider('card-1', 'card');
    const other = fakeProvider('other-1', 'other');
    card.state.behaviour = 'fail';
    const { payments } = router([card.provider, other.provider]);
    expect(payments.has('card')).toBe(true);
    expect(payments.has('other')).toBe(true);
    expect(payments.has('nope')).toBe(false);
    expect(await payments.charge(request())).toEqual({ status: 'unavailable' });
    expect(other.state.charges).toBe(0);
    expect(await payments.charge({ ...request('b1'), provider: 'nope' })).toEqual({ status: 'unavailable' });
  });

  it('still answers when queueing the void fails (the repair job is the last net)', async () => {
    const primary = fakeProvider('primary');
    primary.state.behaviour = 'fail';
    const { payments } = router([primary.provider], {
      onUncertainCharge: () => Promise.reject(new Error('database down')),
    });
    expect(await payments.charge(request())).toEqual({ status: 'unavailable' });
  });

  it('never writes the token to the log', async () => {
    const primary = fakeProvider('primary');
    primary.state.behaviour = 'fail';
    const writes: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      writes.push(String(chunk));
      return true;
    });
    try {
      await router([primary.provider]).payments.charge(request());
      await vi.waitFor(() => expect(primary.state.voids).toEqual(['a1']));
    } finally {
      spy.mockRestore();
    }
    expect(writes.join('')).toContain('payment provider failed');
    expect(writes.join('')).not.toContain('tok_secret_value');
  });

  it('lookup and void reach the named instance; an unknown one is unknown or an error', async () => {
    const primary = fakeProvider('primary');
    const { payments } = router([primary.provider]);
    expect(await payments.lookup('primary', 'a1')).toBe('unknown');
    expect(await payments.lookup('gone', 'a1')).toBe('unknown');
    await payments.void('primary', 'a1');
    expect(primary.state.voids).toEqual(['a1']);
    await expect(payments.void('gone', 'a1')).rejects.toThrow(/gone/);
  });

  it('locates the instance that holds a charge when the attempt never recorded one, and voids everywhere', async () => {
    const primary = fakeProvider('primary');
    const secondary = fakeProvider('secondary');
    const answers: Record<string, 'succeeded' | 'failed' | 'unknown'> = { primary: 'failed', secondary: 'succeeded' };
    for (const fake of [primary, secondary]) fake.provider.lookup = async () => answers[fake.provider.id]!;
    const { payments } = router([primary.provider, secondary.provider]);
    expect(await payments.locate('card', 'a1')).toEqual({ status: 'succeeded', providerId: 'secondary' });
    answers.secondary = 'failed';
    expect(await payments.locate('card', 'a1')).toEqual({ status: 'failed', providerId: null });
    answers.primary = 'unknown';
    expect(await payments.locate('card', 'a1')).toEqual({ status: 'unknown', providerId: null });
    await payments.voidAll('card', 'a1');
    expect([primary.state.voids, secondary.state.voids]).toEqual([['a1'], ['a1']]);
    secondary.provider.void = () => Promise.reject(new Error('provider answered 500'));
    await expect(payments.voidAll('card', 'a2')).rejects.toThrow('500');
    expect(primary.state.voids).toEqual(['a1', 'a2']);
  });

  it('refuses an amount that is not an exact decimal before calling anyone', async () => {
    const primary = fakeProvider('primary');
    const { payments } = router([primary.provider]);
    await expect(payments.charge({ ...request(), amount: '1.005' })).rejects.toThrow();
    expect(primary.state.charges).toBe(0);
  });
});
