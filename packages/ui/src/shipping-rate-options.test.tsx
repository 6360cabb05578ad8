import { describe, expect, it } from 'vitest';
import { ShippingRateOptions } from './shipping-rate-options';
import { renderDom } from './test-utils';

const rates = [
  { handle: 'standard', title: 'Standard', price: { amount: '4.90', currencyCode: 'USD' } },
  { handle: 'free', title: 'Free shipping', price: { amount: '0.00', currencyCode: 'USD' } },
];

describe('ShippingRateOptions', () => {
  it('is one radio group, each option named with its price, the chosen one checked', () => {
    const view = renderDom(<ShippingRateOptions name="shippingRateHandle" rates={rates} selected="free" />);
    expect(view.getByRole('group', { name: 'Shipping method' })).toBeTruthy();
    const standard = view.getByRole('radio', { name: 'Standard $4.90' }) as HTMLInputElement;
    const free = view.getByRole('radio', { name: 'Free shipping Free' }) as HTMLInputElement;
    expect(standard.getAttribute('name')).toBe('shippingRateHandle');
    expect(free.checked).toBe(true);
    expect(standard.checked).toBe(false);
  });

  it('says what to do while there are no rates, and ties an error to the group', () => {
    const view = renderDom(<ShippingRateOptions name="rate" rates={[]} error="Choose a shipping method." />);
    expect(view.getByText('Enter your address to see shipping options.')).toBeTruthy();
    expect(view.getByRole('group').getAttribute('aria-describedby')).toBe(
      view.getByText('Choose a shipping method.').id,
    );
  });
});
