import type { CartDetailsFragment } from '../graphql/generated/graphql';
import { paramsForVariant } from '../catalog/variant-params';

// What the browser gets of a cart (`/api/cart`, the cart page): plain values for packages/ui,
// and never the cart's id, which stays in the HttpOnly cookie.

export interface MoneyView {
  amount: string;
  currencyCode: string;
}

export interface CartLineView {
  id: string;
  merchandiseId: string;
  quantity: number;
  title: string;
  /** "Navy / M"; null for a product's only variant. */
  variantTitle: string | null;
  href: string;
  image: { url: string; altText: string | null; width: number | null; height: number | null } | null;
  unitPrice: MoneyView;
  compareAtUnitPrice: MoneyView | null;
  total: MoneyView;
  /** An optimistic line the server has not confirmed yet. */
  pending?: boolean;
}

export interface CartView {
  totalQuantity: number;
  lines: CartLineView[];
  subtotal: MoneyView;
  total: MoneyView;
  tax: MoneyView | null;
  discountCodes: { code: string; applicable: boolean }[];
  /** Totals are being recomputed on the server (an optimistic change is on its way). */
  pending?: boolean;
}

/** A field's messages from a refused mutation, keyed by line id or 'discount' / 'form'. */
export interface CartErrorView {
  target: string;
  message: string;
  code: string | null;
}

const DEFAULT_VARIANT_TITLE = 'Default Title';

export function toCartView(cart: CartDetailsFragment): CartView {
  return {
    totalQuantity: cart.totalQuantity,
    subtotal: cart.cost.subtotalAmount,
    total: cart.cost.totalAmount,
    tax: cart.cost.totalTaxAmount,
    discountCodes: cart.discountCodes.map(({ code, applicable }) => ({ code, applicable })),
    lines: cart.lines.nodes.map((line) => {
      const variant = line.merchandise;
      const query = paramsForVariant(variant).toString();
      return {
        id: line.id,
        merchandiseId: variant.id,
        quantity: line.quantity,
        title: variant.product.title,
        variantTitle: variant.title === DEFAULT_VARIANT_TITLE ? null : variant.title,
        href: `/products/${encodeURIComponent(variant.product.handle)}${query ? `?${query}` : ''}`,
        image: variant.image,
        unitPrice: line.cost.amountPerQuantity,
        compareAtUnitPrice: line.cost.compareAtAmountPerQuantity,
        total: line.cost.totalAmount,
      };
    }),
  };
}
