import type { DbExecutor } from '../../../platform/db/bulk-insert.js';
import type { PaymentConfig } from './config.js';
import type { PaymentProvider } from './provider.js';
import { createPaymentRouter, type PaymentRouter, type PaymentRouterOptions } from './router.js';
import { createTestProvider } from './test-provider.js';

/** The configured instances in failover order: stripe before stripe-secondary; test on its own. */
export function createPaymentProviders(config: PaymentConfig, deps: { db: DbExecutor }): PaymentProvider[] {
  const providers: PaymentProvider[] = [];
  if (config.stripe.length > 0) throw new Error('The Stripe adapter is not wired yet.');
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
