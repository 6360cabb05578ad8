import { readSubgraphSdl } from '@commerce/schema';
import type { Db } from '../../platform/db/client.js';
import { createSubgraphHandler } from '../../platform/graphql/subgraph-handler.js';
import { startServiceServer, type ServiceServer } from '../../platform/http/service-server.js';
import { createAdmission } from './admission.js';
import type { CheckoutContext } from './context.js';
import { createLoaders } from './loaders.js';
import { createStripeWebhookHandler, type PaymentConfig, type PaymentRouter } from './payments/index.js';
import { repairAttempt } from './repair.js';
import { resolvers } from './resolvers/index.js';
import { DEFAULT_CHECKOUT_SETTINGS, type CheckoutServices, type CheckoutSettings } from './services.js';
import { ensureShippingRates } from './shipping-rates.js';

export interface CheckoutServiceOptions {
  db: Db;
  port: number;
  gatewaySecret: string;
  /** False only for the N+1 baseline in benchmarks. */
  batchLoads: boolean;
  payments: PaymentRouter;
  /** Stripe instances whose signed webhooks `POST /webhooks/stripe` accepts (none: the route refuses everything). */
  stripeWebhooks?: Pick<PaymentConfig['stripe'][number], 'id' | 'webhookSecret'>[];
  settings?: Partial<CheckoutSettings>;
  /** Checkout transactions at once (about the pool size); the rest wait their turn up to `admissionWaitMs`. */
  admissionConcurrency: number;
  admissionWaitMs?: number;
  /** The clock (tests move it to expire holds). */
  now?: () => Date;
}

/** The checkout subgraph at `/graphql`. */
export async function startCheckoutService(options: CheckoutServiceOptions): Promise<ServiceServer> {
  await ensureShippingRates(options.db);
  const services: CheckoutServices = {
    payments: options.payments,
    settings: { ...DEFAULT_CHECKOUT_SETTINGS, ...options.settings },
    // Below the gateway's subgraph timeout (8 s by default), so a waiting shopper gets an answer.
    admission: createAdmission({
      concurrency: options.admissionConcurrency,
      maxWaitMs: options.admissionWaitMs ?? 6_000,
    }),
    now: options.now ?? (() => new Date()),
  };
  const graphql = await createSubgraphHandler<CheckoutContext>({
    name: 'checkout',
    sdl: readSubgraphSdl('checkout'),
    resolvers,
    gatewaySecret: options.gatewaySecret,
    context: (requestId, { identity, clientIp }) => ({
      db: options.db,
      loaders: createLoaders(options.db, { batch: options.batchLoads }),
      requestId,
      identity,
      clientIp,
      services,
    }),
  });
  const server = await startServiceServer({
    name: 'checkout',
    port: options.port,
    routes: {
      '/graphql': graphql.handle,
      // Stripe telling us a charge went through: a charging attempt (its request lost, say) is
      // repaired now instead of when its repair job comes due. The repair asks the provider
      // itself, so the event only decides when, never what.
      '/webhooks/stripe': createStripeWebhookHandler({
        stripe: options.stripeWebhooks ?? [],
        onPaymentEvent: async (event) => {
          await repairAttempt(options.db, options.payments, event.attemptId);
        },
      }),
    },
  });
  return {
    ...server,
    async drain() {
      await server.drain();
      await graphql.stop();
    },
  };
}
