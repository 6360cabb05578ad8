// The gateway service's entry: what apps/api/build bundles into dist/gateway/index.mjs.
import { runService } from './run-service.js';

await runService('gateway');
