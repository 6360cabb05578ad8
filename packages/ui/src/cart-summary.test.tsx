import { describe, expect, it } from 'vitest';
import { CartSummary } from './cart-summary';
import { renderDom, textOf } from './test-utils';

const usd = (amount: string) => ({ amount, currencyCode: 'USD' });

describe('CartSummary', () => {
  it('lists subtotal, discount, shipping, tax and total in order', () => {
    const { html } = renderDom(
      <CartSummary
        subtotal={usd('100.00')}
        discount={usd('10.00')}
        shipping={usd('4.90')}
        tax={usd('18.03')}
        total={usd('112.93')}
      />,
    );
    expect(textOf(html)).toBe('Subtotal$100.00Discount−$10.00Shipping$4.90Tax$18.03Total$112.93 USD');
  });

  it('says "Calculated at checkout" for what is not known yet, and hides a zero discount', () => {
    const text = textOf(
      renderDom(
        <CartSummary subtotal={usd('5.00')} discount={usd('0.00')} shipping={null} tax={null} total={usd('5.00')} />,
      ).html,
    );
    expect(text).not.toContain('Discount');
    expect(text).toContain('ShippingCalculated at checkout');
    expect(text).toContain('TaxCalculated at checkout');
  });

  it('leaves out rows the caller does not pass (a cart has no shipping row)', () => {
    const text = textOf(renderDom(<CartSummary subtotal={usd('5.00')} total={usd('5.00')} note="Taxes later." />).html);
    expect(text).toBe('Subtotal$5.00Total$5.00 USDTaxes later.');
  });
});
