import { describe, expect, it } from 'vitest';
import type { OrderLineRow, OrderRow } from '../tables.js';
import { escapeHtml, renderOrderConfirmation } from './order-confirmation.js';

const order: OrderRow = {
  id: 'o1',
  number: 1001,
  checkoutId: 'c1',
  customerId: null,
  email: 'ada@example.com',
  shippingAddress: {
    firstName: '<script>alert(1)</script>',
    lastName: 'Lovelace',
    company: null,
    address1: 'Main St 1',
    address2: null,
    city: 'Berlin',
    province: null,
    zip: '10115',
    countryCode: 'DE',
    phone: null,
  },
  shippingRateHandle: 'standard',
  subtotal: '40.00',
  discount: '0.00',
  shipping: '4.90',
  tax: '8.53',
  total: '53.43',
  currencyCode: 'EUR',
  financialStatus: 'PAID',
  fulfillmentStatus: 'UNFULFILLED',
  confirmationSentAt: null,
  createdAt: new Date('2026-12-01T10:00:00Z'),
};
const lines: OrderLineRow[] = [
  {
    orderId: 'o1',
    position: 0,
    variantId: 1,
    title: 'Mug & <b>Co</b>',
    variantTitle: 'Blue',
    sku: 'M-1',
    quantity: 2,
    unitPrice: '20.00',
    total: '40.00',
  },
];

describe('order confirmation email', () => {
  const email = renderOrderConfirmation(order, lines, 'Demo "Shop"');

  it('names the order and the shop in the subject', () => {
    expect(email.subject).toBe('Demo "Shop": order #1001 confirmed');
  });

  it('escapes every shopper- or merchant-supplied value in the HTML', () => {
    expect(email.html).not.toContain('<script>');
    expect(email.html).not.toContain('<b>Co</b>');
    expect(email.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Lovelace');
    expect(email.html).toContain('Mug &amp; &lt;b&gt;Co&lt;/b&gt; (Blue)');
    expect(email.html).toContain('Demo &quot;Shop&quot;');
  });

  it('has a plain-text body with the lines, totals and address', () => {
    expect(email.text).toContain('2 × Mug & <b>Co</b> (Blue)  40.00 EUR');
    expect(email.text).toContain('Total: 53.43 EUR');
    expect(email.text).toContain('10115 Berlin');
  });

  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
