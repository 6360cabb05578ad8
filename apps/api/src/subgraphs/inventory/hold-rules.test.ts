import { describe, expect, it } from 'vitest';
import { planHolds, stockChanges, planStockSet, type HoldItem, type LevelStock } from './hold-rules.js';

const level = (variantId: number, locationId: number, onHand: number, reserved = 0): LevelStock => ({
  variantId,
  locationId,
  onHand,
  reserved,
});
const items = (...list: HoldItem[]) => new Map(list.map((item) => [item.variantId, item]));
const tracked = (variantId: number, maxPerOrder: number | null = null): HoldItem => ({
  variantId,
  tracked: true,
  maxPerOrder,
});

describe('planHolds', () => {
  it('takes from the lowest location first and spills over to the next', () => {
    expect(planHolds([{ variantId: 1, quantity: 5 }], items(tracked(1)), [level(1, 2, 9), level(1, 1, 4, 1)])).toEqual({
      ok: true,
      allocations: [
        { variantId: 1, locationId: 1, quantity: 3 },
        { variantId: 1, locationId: 2, quantity: 2 },
      ],
    });
  });

  it('adds up lines of one variant before checking stock and the cap', () => {
    const plan = planHolds(
      [
        { variantId: 1, quantity: 2 },
        { variantId: 1, quantity: 2 },
      ],
      items(tracked(1, 3)),
      [level(1, 1, 10)],
    );
    expect(plan).toEqual({
      ok: false,
      shortfalls: [{ variantId: 1, requested: 4, available: 3, reason: 'OVER_MAX_PER_ORDER' }],
    });
  });

  it('reports every short line: unknown, sold out, over the cap', () => {
    const plan = planHolds(
      [
        { variantId: 9, quantity: 1 },
        { variantId: 1, quantity: 3 },
        { variantId: 2, quantity: 6 },
      ],
      items(tracked(1), tracked(2, 5)),
      [level(1, 1, 3, 1), level(2, 1, 100)],
    );
    expect(plan).toEqual({
      ok: false,
      shortfalls: [
        { variantId: 9, requested: 1, available: 0, reason: 'UNKNOWN_VARIANT' },
        { variantId: 1, requested: 3, available: 2, reason: 'NOT_ENOUGH_STOCK' },
        { variantId: 2, requested: 6, available: 5, reason: 'OVER_MAX_PER_ORDER' },
      ],
    });
  });

  it('holds nothing for untracked items, but still applies their cap', () => {
    const untracked = { variantId: 1, tracked: false, maxPerOrder: 2 };
    expect(planHolds([{ variantId: 1, quantity: 2 }], items(untracked), [])).toEqual({ ok: true, allocations: [] });
    expect(planHolds([{ variantId: 1, quantity: 3 }], items(untracked), []).ok).toBe(false);
  });

  it('refuses a quantity that is not a positive integer', () => {
    expect(() => planHolds([{ variantId: 1, quantity: 0 }], items(tracked(1)), [])).toThrow(RangeError);
    expect(() => planHolds([{ variantId: 1, quantity: 1.5 }], items(tracked(1)), [])).toThrow(RangeError);
  });
});

describe('stockChanges', () => {
  it('names the variants whose free units moved, and of those the ones that crossed between sold out and for sale', () => {
    const before = [level(1, 1, 2, 1), level(2, 1, 2, 2), level(3, 1, 5, 0), level(3, 2, 5, 0), level(4, 1, 3, 0)];
    const after = [level(1, 1, 2, 2), level(2, 1, 3, 2), level(3, 1, 5, 5), level(4, 1, 4, 1)];
    expect(stockChanges(before, after)).toEqual({ moved: [1, 2, 3], flipped: [1, 2] });
  });
});

describe('planStockSet', () => {
  const levels = [level(1, 1, 5, 2), level(1, 2, 4, 3)];

  it('adds to the lowest location', () => {
    expect(planStockSet(levels, 12)).toEqual({
      ok: true,
      levels: [
        { locationId: 1, onHand: 8 },
        { locationId: 2, onHand: 4 },
      ],
    });
  });

  it('takes free units off the highest location first, never what is reserved', () => {
    expect(planStockSet(levels, 6)).toEqual({
      ok: true,
      levels: [
        { locationId: 1, onHand: 3 },
        { locationId: 2, onHand: 3 },
      ],
    });
    expect(planStockSet(levels, 5)).toEqual({
      ok: true,
      levels: [
        { locationId: 1, onHand: 2 },
        { locationId: 2, onHand: 3 },
      ],
    });
  });

  it('refuses less than what is reserved and says how much that is', () => {
    expect(planStockSet(levels, 4)).toEqual({ ok: false, reserved: 5 });
  });
});
