import type { GraphQLError } from 'graphql';
import type { DbExecutor } from '../../platform/db/bulk-insert.js';
import { idOfType, toGlobalId } from '../../platform/graphql/global-id.js';
import { followStockChange } from './stock-changes.js';
import { planStockSet } from './hold-rules.js';
import * as repository from './repository.js';

const MAX_STOCK_QUANTITY = 1_000_000;

export interface StockSetError {
  field: string[] | null;
  message: string;
  code: 'INVALID' | 'NOT_FOUND' | 'UNTRACKED' | 'LESS_THAN' | 'GREATER_THAN_MAX' | 'BELOW_RESERVED';
}

export type StockSetResult = { variantId: string; userErrors: [] } | { variantId: null; userErrors: StockSetError[] };

const refused = (error: StockSetError): StockSetResult => ({ variantId: null, userErrors: [error] });
const noSuchVariant: StockSetError = {
  field: ['variantId'],
  message: 'No product variant has this id.',
  code: 'NOT_FOUND',
};

/** The variant's number, or the user error that says why the argument names none. */
function parseVariantId(value: string): number | StockSetError {
  try {
    const id = idOfType(value, 'ProductVariant', 'variantId');
    if (id != null) return id;
  } catch (error) {
    return { field: ['variantId'], message: (error as GraphQLError).message, code: 'INVALID' };
  }
  return noSuchVariant;
}

/**
 * Sets the variant's on-hand units over all locations to `quantity` (an operator's count during
 * a sale). The levels are locked in the ledger's order, so a concurrent hold or sale lands either
 * before the count (and the count replaces what it left) or after it (and comes off the new
 * figure); each level is written by one conditional statement that never goes below what that
 * level holds for checkouts.
 */
export async function setStock(db: DbExecutor, variantGid: string, quantity: number): Promise<StockSetResult> {
  const variantId = parseVariantId(variantGid);
  if (typeof variantId !== 'number') return refused(variantId);
  if (quantity < 0) return refused({ field: ['quantity'], message: 'Quantity cannot be negative.', code: 'LESS_THAN' });
  if (quantity > MAX_STOCK_QUANTITY) {
    return refused({
      field: ['quantity'],
      message: `Quantity cannot be more than ${MAX_STOCK_QUANTITY.toLocaleString('en-US')}.`,
      code: 'GREATER_THAN_MAX',
    });
  }
  return db.transaction(async (tx) => {
    const [item] = await repository.findHoldItems(tx, [variantId]);
    if (!item) return refused(noSuchVariant);
    if (!item.tracked) {
      return refused({
        field: ['variantId'],
        message: 'Stock of this variant is not tracked: it can always be bought.',
        code: 'UNTRACKED',
      });
    }
    const before = await repository.lockLevels(tx, [variantId]);
    const plan = planStockSet(before, quantity);
    if (!plan.ok) {
      return refused({
        field: ['quantity'],
        message: `${plan.reserved} units are held by checkouts; on hand cannot be set below ${plan.reserved}.`,
        code: 'BELOW_RESERVED',
      });
    }
    let targets = plan.levels;
    if (targets.length === 0) {
      const locationId = await repository.findDefaultLocationId(tx);
      if (locationId == null) throw new Error('inventorySet: there is no stock location');
      targets = [{ locationId, onHand: quantity }];
    }
    const after = await repository.setLevelsOnHand(tx, variantId, targets);
    if (after.length !== targets.length) throw new Error(`inventorySet: a level of ${variantId} changed under lock`);
    await followStockChange(tx, before.length > 0 ? before : after.map((l) => ({ ...l, onHand: 0 })), after);
    return { variantId: toGlobalId('ProductVariant', variantId), userErrors: [] };
  });
}
