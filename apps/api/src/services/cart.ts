// The cart service's entry: what apps/api/build bundles into dist/cart/index.mjs.
import { runService } from './run-service.js';

await runService('cart');
