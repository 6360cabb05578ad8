import { describe, expect, it } from 'vitest';
import { loadEnv } from '../../../env.js';
import type { Db } from '../../../platform/db/client.js';
import { paymentConfigFromEnv } from './config.js';
import { createPaymentProviders } from './providers.js';

const db = {} as Db; // the providers only use it when charging

describe('createPaymentProviders', () => {
  it('builds the configured instances in failover order', () => {
    const config = paymentConfigFromEnv(
      loadEnv({
        PAYMENT_PROVIDERS: 'test,stripe-secondary,stripe',
        STRIPE_SECRET_KEY: 'sk_test_a',
        STRIPE_SECONDARY_SECRET_KEY: 'sk_test_b',
      }),
    );
    expect(createPaymentProviders(config, { db }).map((p) => [p.id, p.kind])).toEqual([
      ['stripe', 'stripe'],
      ['stripe-secondary', 'stripe'],
      ['test', 'test'],
    ]);
  });
});
