import type { CartLineView, CartView, MoneyView } from './cart-view';

/** What the shopper just asked for, shown at once while the server works it out. */
export type OptimisticCartChange =
  | {
      type: 'add';
      merchandiseId: string;
      quantity: number;
      title: string;
      variantTitle: string | null;
      href: string;
      unitPrice: MoneyView;
    }
  | { type: 'update'; lineId: string; quantity: number }
  | { type: 'remove'; lineId: string };

const EMPTY_MONEY: MoneyView = { amount: '0.00', currencyCode: 'USD' };

/**
 * The cart as it will probably look after `change`. Quantities only: prices, discounts and tax
 * are the server's, so the totals keep their last value and the cart is marked `pending`.
 */
export function applyOptimisticChange(cart: CartView | null, change: OptimisticCartChange): CartView {
  const base: CartView = cart ?? {
    totalQuantity: 0,
    lines: [],
    subtotal: change.type === 'add' ? { ...change.unitPrice, amount: '0.00' } : EMPTY_MONEY,
    total: change.type === 'add' ? { ...change.unitPrice, amount: '0.00' } : EMPTY_MONEY,
    tax: null,
    discountCodes: [],
  };
  const lines = linesAfter(base.lines, change);
  return {
    ...base,
    lines,
    totalQuantity: lines.reduce((sum, line) => sum + line.quantity, 0),
    pending: true,
  };
}

function linesAfter(lines: CartLineView[], change: OptimisticCartChange): CartLineView[] {
  switch (change.type) {
    case 'add': {
      const existing = lines.find((line) => line.merchandiseId === change.merchandiseId);
      if (existing) {
        return lines.map((line) =>
          line === existing ? { ...line, quantity: line.quantity + change.quantity, pending: true } : line,
        );
      }
      const added: CartLineView = {
        id: `pending:${change.merchandiseId}`,
        merchandiseId: change.merchandiseId,
        quantity: change.quantity,
        title: change.title,
        variantTitle: change.variantTitle,
        href: change.href,
        image: null,
        unitPrice: change.unitPrice,
        compareAtUnitPrice: null,
        // Shown as the unit price times nothing until the server prices it; the line is pending.
        total: change.unitPrice,
        pending: true,
      };
      return [...lines, added];
    }
    case 'update':
      return lines.map((line) =>
        line.id === change.lineId ? { ...line, quantity: change.quantity, pending: true } : line,
      );
    case 'remove':
      return lines.filter((line) => line.id !== change.lineId);
  }
}
