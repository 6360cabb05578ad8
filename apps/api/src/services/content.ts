// The content service's entry: what apps/api/build bundles into dist/content/index.mjs.
import { runService } from './run-service.js';

await runService('content');
