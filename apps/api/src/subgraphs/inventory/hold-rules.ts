// Pure stock arithmetic for holds and stock counts: what to take from which level, and what a
// change does to availability. The ledger (stock-ledger.ts) applies the results to locked rows.

export interface HoldLine {
  variantId: number;
  quantity: number;
}

/** One level (variant at a location) as locked for update. */
export interface LevelStock {
  variantId: number;
  locationId: number;
  onHand: number;
  reserved: number;
}

export interface HoldItem {
  variantId: number;
  tracked: boolean;
  maxPerOrder: number | null;
}

export type ShortfallReason = 'NOT_ENOUGH_STOCK' | 'OVER_MAX_PER_ORDER' | 'UNKNOWN_VARIANT';

export interface Shortfall {
  variantId: number;
  /** Units this holder could take: free stock, capped by the purchase limit. */
  available: number;
  requested: number;
  reason: ShortfallReason;
}

export interface Allocation {
  variantId: number;
  locationId: number;
  quantity: number;
}

export type HoldPlan = { ok: true; allocations: Allocation[] } | { ok: false; shortfalls: Shortfall[] };

/** Lines of the same variant count as one: the cap and the stock apply to the order's total. */
export function mergeHoldLines(lines: readonly HoldLine[]): HoldLine[] {
  const merged = new Map<number, number>();
  for (const line of lines) {
    if (!Number.isSafeInteger(line.quantity) || line.quantity <= 0) {
      throw new RangeError(`Hold quantity must be a positive integer, got ${line.quantity} for ${line.variantId}`);
    }
    merged.set(line.variantId, (merged.get(line.variantId) ?? 0) + line.quantity);
  }
  return [...merged].map(([variantId, quantity]) => ({ variantId, quantity }));
}

const free = (level: LevelStock) => Math.max(0, level.onHand - level.reserved);

/**
 * Takes each tracked line greedily from its levels, lowest location id first; untracked lines
 * need no hold. Every line is checked, so the shopper hears about all of them at once.
 */
export function planHolds(
  lines: readonly HoldLine[],
  items: ReadonlyMap<number, HoldItem>,
  levels: readonly LevelStock[],
): HoldPlan {
  const allocations: Allocation[] = [];
  const shortfalls: Shortfall[] = [];
  for (const line of mergeHoldLines(lines)) {
    const item = items.get(line.variantId);
    if (!item) {
      shortfalls.push({ variantId: line.variantId, available: 0, requested: line.quantity, reason: 'UNKNOWN_VARIANT' });
      continue;
    }
    const own = levels
      .filter((level) => level.variantId === line.variantId)
      .sort((a, b) => a.locationId - b.locationId);
    const stock = item.tracked ? own.reduce((sum, level) => sum + free(level), 0) : Infinity;
    const cap = item.maxPerOrder ?? Infinity;
    const available = Math.min(stock, cap);
    const report = { variantId: line.variantId, requested: line.quantity, available };
    if (line.quantity > cap) shortfalls.push({ ...report, reason: 'OVER_MAX_PER_ORDER' });
    else if (line.quantity > stock) shortfalls.push({ ...report, reason: 'NOT_ENOUGH_STOCK' });
    if (!item.tracked || shortfalls.length > 0) continue;
    let left = line.quantity;
    for (const level of own) {
      const take = Math.min(left, free(level));
      if (take > 0) allocations.push({ variantId: line.variantId, locationId: level.locationId, quantity: take });
      left -= take;
    }
  }
  return shortfalls.length > 0 ? { ok: false, shortfalls } : { ok: true, allocations };
}

/** Free units per variant over its levels. */
export function freeByVariant(levels: readonly LevelStock[]): Map<number, number> {
  const totals = new Map<number, number>();
  for (const level of levels) totals.set(level.variantId, (totals.get(level.variantId) ?? 0) + free(level));
  return totals;
}

/**
 * What a change of the same levels did to each variant (a variant missing from `after` kept its
 * `before` levels): `moved`, the variants whose free units changed (what `quantityAvailable`
 * shows), and `flipped`, those that went from sold out to for sale or back; only these need the
 * catalog's copy updated (docs/adr/0002).
 */
export function stockChanges(
  before: readonly LevelStock[],
  after: readonly LevelStock[],
): { moved: number[]; flipped: number[] } {
  const key = (level: LevelStock) => `${level.variantId}:${level.locationId}`;
  const merged = new Map(before.map((level) => [key(level), level]));
  for (const level of after) merged.set(key(level), level);
  const was = freeByVariant(before);
  const now = freeByVariant([...merged.values()]);
  const variants = [...was.keys()].sort((a, b) => a - b);
  return {
    moved: variants.filter((variantId) => was.get(variantId) !== now.get(variantId)),
    flipped: variants.filter((variantId) => was.get(variantId)! > 0 !== now.get(variantId)! > 0),
  };
}

export type StockSetPlan =
  { ok: true; levels: Array<{ locationId: number; onHand: number }> } | { ok: false; reserved: number };

/**
 * New on-hand per level so that the variant's total is `quantity`. More stock goes to the
 * lowest location (where holds are taken first); less comes off the free units of the highest
 * locations first. Never below what checkouts hold: that stock is promised.
 */
export function planStockSet(levels: readonly LevelStock[], quantity: number): StockSetPlan {
  const sorted = [...levels].sort((a, b) => a.locationId - b.locationId);
  const reserved = sorted.reduce((sum, level) => sum + level.reserved, 0);
  if (quantity < reserved) return { ok: false, reserved };
  const onHand = sorted.reduce((sum, level) => sum + level.onHand, 0);
  const next = sorted.map((level) => ({
    locationId: level.locationId,
    onHand: level.onHand,
    reserved: level.reserved,
  }));
  if (quantity >= onHand) {
    if (next[0]) next[0].onHand += quantity - onHand;
  } else {
    let cut = onHand - quantity;
    for (const level of next.reverse()) {
      const take = Math.min(cut, level.onHand - level.reserved);
      level.onHand -= take;
      cut -= take;
    }
    next.reverse();
  }
  return { ok: true, levels: next.map(({ locationId, onHand }) => ({ locationId, onHand })) };
}
