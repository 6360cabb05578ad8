// The customers service's entry: what apps/api/build bundles into dist/customers/index.mjs.
import { runService } from './run-service.js';

await runService('customers');
