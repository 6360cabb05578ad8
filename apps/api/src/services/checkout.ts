// The checkout service's entry: what apps/api/build bundles into dist/checkout/index.mjs.
import { runService } from './run-service.js';

await runService('checkout');
