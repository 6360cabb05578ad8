// The worker service's entry: what apps/api/build bundles into dist/worker/index.mjs.
import { runService } from './run-service.js';

await runService('worker');
