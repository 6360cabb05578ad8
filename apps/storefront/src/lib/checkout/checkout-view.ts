import type { AddressFieldName, MoneyValue, OrderLineView, ShippingRateView } from '@commerce/ui';
import type { CheckoutDetailsFragment, CustomerMailingAddressFragment } from '../graphql/generated/graphql';
import { toCartView } from '../cart/cart-view';

/** A checkout as plain props for the checkout page's client components (no ids but the rates'). */
export interface CheckoutView {
  email: string;
  address: Partial<Record<AddressFieldName, string>>;
  hasAddress: boolean;
  rates: ShippingRateView[];
  selectedRate: string | null;
  reservedUntil: string | null;
  ready: boolean;
  lines: OrderLineView[];
  subtotal: MoneyValue;
  shipping: MoneyValue | null;
  tax: MoneyValue;
  total: MoneyValue;
}

export function addressValues(
  address: Omit<CustomerMailingAddressFragment, 'id'> | null,
): Partial<Record<AddressFieldName, string>> {
  if (!address) return {};
  const values: Partial<Record<AddressFieldName, string>> = {};
  for (const [key, value] of Object.entries(address) as [AddressFieldName | 'id', string | null][]) {
    if (key !== 'id' && value) values[key] = value;
  }
  return values;
}

export function toCheckoutView(checkout: CheckoutDetailsFragment): CheckoutView {
  const cart = toCartView(checkout.cart);
  return {
    email: checkout.email ?? '',
    address: addressValues(checkout.shippingAddress),
    hasAddress: checkout.shippingAddress != null,
    rates: checkout.availableShippingRates,
    selectedRate: checkout.shippingRate?.handle ?? null,
    reservedUntil: checkout.reservedUntil,
    ready: checkout.ready,
    lines: cart.lines.map((line) => ({
      title: line.title,
      variantTitle: line.variantTitle,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      total: line.total,
    })),
    subtotal: checkout.cost.subtotalAmount,
    shipping: checkout.cost.shippingAmount,
    tax: checkout.cost.totalTaxAmount,
    total: checkout.cost.totalAmount,
  };
}

/** One line of text per part of an address, for the order pages. */
export function addressLines(address: Omit<CustomerMailingAddressFragment, 'id'> | null): string[] {
  if (!address) return [];
  return [
    [address.firstName, address.lastName].filter(Boolean).join(' '),
    address.company,
    address.address1,
    address.address2,
    [address.zip, address.city].filter(Boolean).join(' '),
    [address.province, address.countryCode].filter(Boolean).join(', '),
  ].filter((line): line is string => Boolean(line));
}
