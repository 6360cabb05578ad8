import type { DbExecutor } from '../../../platform/db/bulk-insert.js';
import type { PaymentConfig } from './config.js';
import type { PaymentProvider } from './provider.js';
import { createPaymentRouter, type PaymentRouter, type PaymentRouterOptions } from './router.js';
import { createStripeProvider } from './stripe-provider.js';
import { createTestProvider } from './test-provider.js';

/** The configured instances in failover order: stripe before stripe-secondary; test on its own. */
export function createPaymentProviders(config: PaymentConfig, deps: { db: DbExecutor }): PaymentProvider[] {
  const providers: PaymentProvider[] = [];
  for (const settings of config.stripe) providers.push(createStripeProvider(settings, config.timeoutMs));
  if (config.test) providers.push(createTestProvider(deps.db));
  return providers;
}

/** The router for a service or the worker, from `paymentConfigFromEnv(env)`. */
export function createPaymentRouterFromConfig(
  config: PaymentConfig,
  deps: { db: DbExecutor; onUncertainCharge?: PaymentRouterOptions['onUncertainCharge'] },
): PaymentRouter {
  return createPaymentRouter({
    ...config,
    providers: createPaymentProviders(config, deps),
    onUncertainCharge: deps.onUncertainCharge,
  });
}
