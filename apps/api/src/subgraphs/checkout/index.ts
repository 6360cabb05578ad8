// The checkout domain's public face: other domains and the app call only what is exported here.
export { startCheckoutService, type CheckoutServiceOptions } from './server.js';
export { checkoutTasks } from './tasks.js';
export { DEFAULT_CHECKOUT_SETTINGS, type CheckoutSettings } from './services.js';
export { visibleCheckoutNodes, CHECKOUT_NODE_TYPES } from './node-visibility.js';
export {
  createPaymentRouterFromConfig,
  paymentConfigFromEnv,
  paymentProblems,
  queueUncertainVoid,
  type PaymentConfig,
  type PaymentRouter,
} from './payments/index.js';
