// Payments for the checkout domain: one provider interface, the router with timeouts, breakers
// and failover, the test provider, the Stripe adapter and its webhook. Checkout calls only this.
export type {
  ChargeOutcome,
  ChargeRequest,
  LookupStatus,
  PaymentProvider,
  ProviderChargeRequest,
  ProviderChargeResult,
} from './provider.js';
export {
  createPaymentRouter,
  type PaymentPolicy,
  type PaymentRouter,
  type PaymentRouterOptions,
  type UncertainCharge,
} from './router.js';
export {
  paymentConfigFromEnv,
  paymentProblems,
  PAYMENT_INSTANCES,
  type PaymentConfig,
  type PaymentEnv,
} from './config.js';
export { createPaymentProviders, createPaymentRouterFromConfig } from './providers.js';
export { createTestProvider } from './test-provider.js';
export { createStripeProvider } from './stripe-provider.js';
export { createStripeWebhookHandler, type StripePaymentEvent } from './stripe-webhook.js';
export { countTestCharges, findTestCharge } from './test-provider-store.js';
export { paymentTasks, queueUncertainVoid, voidUncertainCharge } from './void-charge-task.js';
export { toMinorUnits } from './minor-units.js';
