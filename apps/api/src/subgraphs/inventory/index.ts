// The inventory domain's public face: other domains and the app call only what is exported here.
export { startInventoryService } from './server.js';
export { importStock } from './import.js';
export { listVariantAvailability } from './availability.js';
export {
  reserveStock,
  extendHold,
  commitHold,
  releaseHold,
  releaseExpiredHolds,
  findPurchaseLimits,
  type HoldLine,
  type Shortfall,
  type ReserveResult,
  type PurchaseLimit,
} from './stock-ledger.js';
export { inventoryTasks, sweepExpiredHolds } from './tasks.js';
