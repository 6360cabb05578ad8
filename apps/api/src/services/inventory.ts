// The inventory service's entry: what apps/api/build bundles into dist/inventory/index.mjs.
import { runService } from './run-service.js';

await runService('inventory');
