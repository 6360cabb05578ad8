import { OrderSummary } from '@commerce/ui';
import type { OrderDetailsFragment } from '@/lib/graphql/generated/graphql';
import { addressLines } from '@/lib/checkout/checkout-view';

const DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

export function formatOrderDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE.format(date);
}

/** One order as the confirmation page and the account show it. */
export function OrderDetail({ order, headingLevel }: { order: OrderDetailsFragment; headingLevel?: 2 | 3 }) {
  return (
    <OrderSummary
      number={order.number}
      placedOn={formatOrderDate(order.createdAt)}
      email={order.email}
      financialStatus={order.financialStatus}
      fulfillmentStatus={order.fulfillmentStatus}
      lines={order.lines.map((line) => ({
        title: line.title,
        variantTitle: line.variantTitle === 'Default Title' ? null : line.variantTitle,
        sku: line.sku,
        quantity: line.quantity,
        unitPrice: line.unitPrice,
        total: line.totalAmount,
      }))}
      subtotal={order.subtotalAmount}
      shipping={order.shippingAmount}
      tax={order.totalTaxAmount}
      total={order.totalAmount}
      shippingAddress={addressLines(order.shippingAddress)}
      headingLevel={headingLevel}
    />
  );
}
