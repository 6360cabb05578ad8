import { describe, expect, it } from 'vitest';
import { loadEnv } from '../../../env.js';
import { productionEnv } from '../../../test/production-env.js';
import { paymentConfigFromEnv } from './config.js';

const production = productionEnv;

describe('paymentConfigFromEnv', () => {
  it('runs the test provider by default in development, and nothing by default in production', () => {
    expect(paymentConfigFromEnv(loadEnv({}))).toMatchObject({ test: true, stripe: [], timeoutMs: 8000 });
    expect(paymentConfigFromEnv(loadEnv(production({})))).toMatchObject({ test: false, stripe: [] });
  });

  it('reads Stripe and its failover account in order', () => {
    const config = paymentConfigFromEnv(
      loadEnv({
        PAYMENT_PROVIDERS: 'stripe,stripe-secondary',
        STRIPE_SECRET_KEY: 'sk_test_a',
        STRIPE_API_BASE: 'http://127.0.0.1:12111',
        STRIPE_WEBHOOK_SECRET: 'whsec_a',
        STRIPE_SECONDARY_SECRET_KEY: 'sk_test_b',
        PAYMENT_TIMEOUT_MS: '2500',
      }),
    );
    expect(config.test).toBe(false);
    expect(config.timeoutMs).toBe(2500);
    expect(config.stripe).toEqual([
      { id: 'stripe', secretKey: 'sk_test_a', apiBase: 'http://127.0.0.1:12111', webhookSecret: 'whsec_a' },
      { id: 'stripe-secondary', secretKey: 'sk_test_b', apiBase: undefined, webhookSecret: undefined },
    ]);
  });

  it('lists every problem at once', () => {
    expect(() => paymentConfigFromEnv(loadEnv({ PAYMENT_PROVIDERS: 'stripe-secondary,paypal' }))).toThrow(
      /PAYMENT_PROVIDERS: each must be one of test, stripe, stripe-secondary/,
    );
    const problems = (() => {
      try {
        paymentConfigFromEnv(loadEnv({ PAYMENT_PROVIDERS: 'stripe-secondary,stripe' }));
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    })();
    expect(problems).toContain('STRIPE_SECRET_KEY: is required when PAYMENT_PROVIDERS lists stripe');
    expect(problems).toContain('STRIPE_SECONDARY_SECRET_KEY: is required');
  });
});

describe('production and the test provider', () => {
  it('refuses the test provider unless explicitly allowed', () => {
    expect(() => loadEnv(production({ PAYMENT_PROVIDERS: 'stripe,test', STRIPE_SECRET_KEY: 'sk_live_x' }))).toThrow(
      /PAYMENT_PROVIDERS: lists the test provider/,
    );
    const staging = loadEnv(
      production({ DEPLOY_ENV: 'staging', PAYMENT_PROVIDERS: 'test', PAYMENT_ALLOW_TEST_PROVIDER: 'on' }),
    );
    expect(paymentConfigFromEnv(staging).test).toBe(true);
  });

  it('refuses it in the shop itself (DEPLOY_ENV production, or unnamed) even when allowed', () => {
    for (const deployEnv of ['production', undefined])
      expect(() =>
        loadEnv(production({ DEPLOY_ENV: deployEnv, PAYMENT_PROVIDERS: 'test', PAYMENT_ALLOW_TEST_PROVIDER: 'on' })),
      ).toThrow(/PAYMENT_ALLOW_TEST_PROVIDER: the test payment provider is for dev and staging/);
  });
});
