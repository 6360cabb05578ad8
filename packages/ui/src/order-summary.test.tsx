import { describe, expect, it } from 'vitest';
import { OrderStatusBadge } from './order-status-badge';
import { OrderSummary } from './order-summary';
import { renderDom, textOf } from './test-utils';

const usd = (amount: string) => ({ amount, currencyCode: 'USD' });

describe('OrderSummary', () => {
  const view = renderDom(
    <OrderSummary
      number={1001}
      placedOn="3 December 2026"
      email="ada@example.com"
      financialStatus="PAID"
      fulfillmentStatus="UNFULFILLED"
      lines={[
        {
          title: 'Canvas Tote',
          variantTitle: 'Navy',
          sku: 'TOTE-NVY',
          quantity: 2,
          unitPrice: usd('20.00'),
          total: usd('40.00'),
        },
      ]}
      subtotal={usd('40.00')}
      shipping={usd('4.90')}
      tax={usd('0.00')}
      total={usd('44.90')}
      shippingAddress={['Ada Lovelace', '1 Main St', 'Springfield 12345', 'US']}
    />,
  );

  it('is an article named "Order #1001" with its statuses in words', () => {
    expect(view.getByRole('article', { name: 'Order #1001' })).toBeTruthy();
    expect(view.getByRole('heading', { level: 2, name: 'Order #1001' })).toBeTruthy();
    expect(textOf(view.html)).toContain('Payment: Paid');
    expect(textOf(view.html)).toContain('Shipping: Not shipped yet');
  });

  it('lists each line with quantity, unit price and total, then the totals and the address', () => {
    const text = textOf(view.html);
    expect(text).toContain('Canvas ToteNavySKU TOTE-NVY2 × $20.00Line total $40.00');
    expect(text).toContain('Shipping$4.90Tax$0.00Total$44.90 USD');
    expect(view.getByRole('region', { name: 'Shipping address' }).textContent).toContain('1 Main St');
  });
});

describe('OrderStatusBadge', () => {
  it('falls back to the status in lower case for a value it does not know', () => {
    expect(textOf(renderDom(<OrderStatusBadge kind="fulfillment" status="PARTIALLY_SHIPPED" />).html)).toBe(
      'Shipping: partially shipped',
    );
  });
});
