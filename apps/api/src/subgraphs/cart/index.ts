// The cart domain's public face: other domains and the app call only what is exported here.
export { startCartService, type CartServiceOptions } from './server.js';
export { seedCartDemo } from './seed.js';
export { findCartForCheckout, priceCart, type CartPricing, type CartSnapshot, type PricedLine } from './pricing.js';
export { consumeDiscountUse, isShippingCountry, markCartCompleted, returnDiscountUse } from './checkout-support.js';
export { visibleCartNodes, CART_NODE_TYPES } from './nodes.js';
