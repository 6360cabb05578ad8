// The catalog service's entry: what apps/api/build bundles into dist/catalog/index.mjs.
import { runService } from './run-service.js';

await runService('catalog');
