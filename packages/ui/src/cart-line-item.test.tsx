import { describe, expect, it } from 'vitest';
import { CartLineItem } from './cart-line-item';
import { renderDom } from './test-utils';

const usd = (amount: string) => ({ amount, currencyCode: 'USD' });
const line = {
  title: 'Canvas Tote',
  variantTitle: 'Navy',
  href: '/products/canvas-tote?color=navy',
  quantity: 2,
  unitPrice: usd('20.00'),
  total: usd('40.00'),
  onQuantityChange: () => {},
  onRemove: () => {},
};

describe('CartLineItem', () => {
  it('links the product, names the variant in the controls, and reads the line total', () => {
    const view = renderDom(
      <ul>
        <CartLineItem {...line} />
      </ul>,
    );
    expect(view.getByRole('link', { name: 'Canvas Tote' }).getAttribute('href')).toBe(line.href);
    expect(view.getByRole('spinbutton', { name: 'Quantity of Canvas Tote (Navy)' })).toBeTruthy();
    expect(view.getByRole('button', { name: 'Remove Canvas Tote (Navy)' })).toBeTruthy();
    expect(view.getByText('$40.00', { exact: false }).textContent).toBe('Line total $40.00');
  });

  it('ties the server error to the quantity field', () => {
    const view = renderDom(
      <ul>
        <CartLineItem {...line} error="Only 1 left." />
      </ul>,
    );
    const input = view.getByRole('spinbutton');
    const message = view.getByText('Only 1 left.');
    expect(input.getAttribute('aria-describedby')).toBe(message.id);
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('marks a pending line busy and disables its controls', () => {
    const view = renderDom(
      <ul>
        <CartLineItem {...line} pending />
      </ul>,
    );
    expect(view.getByRole('listitem').getAttribute('aria-busy')).toBe('true');
    expect(view.getByRole('button', { name: /Remove/ }).hasAttribute('disabled')).toBe(true);
  });

  it('shows a read-only quantity without handlers', () => {
    const view = renderDom(
      <ul>
        <CartLineItem {...line} onQuantityChange={undefined} onRemove={undefined} />
      </ul>,
    );
    expect(view.queryByRole('spinbutton')).toBeNull();
    expect(view.getByText('Quantity: 2')).toBeTruthy();
  });
});
