import { describe, expect, it } from 'vitest';
import { CartBadge } from './cart-badge';
import { renderDom } from './test-utils';

describe('CartBadge', () => {
  it('is a link named "Cart" while the count is unknown, with the bubble hidden but in place', () => {
    const view = renderDom(<CartBadge href="/cart" count={null} />);
    const link = view.getByRole('link', { name: 'Cart' });
    expect(link.getAttribute('href')).toBe('/cart');
    expect(view.html).toContain('class="count countHidden" aria-hidden="true"');
  });

  it('names the number of items', () => {
    expect(renderDom(<CartBadge href="/cart" count={3} />).getByRole('link', { name: 'Cart, 3 items' })).toBeTruthy();
    expect(renderDom(<CartBadge href="/cart" count={1} />).getByRole('link', { name: 'Cart, 1 item' })).toBeTruthy();
    expect(renderDom(<CartBadge href="/cart" count={0} />).getByRole('link', { name: 'Cart, 0 items' })).toBeTruthy();
  });

  it('shows the count in the bubble, capped at 99+', () => {
    expect(renderDom(<CartBadge href="/cart" count={3} />).html).toContain(
      '<span class="count" aria-hidden="true">3</span>',
    );
    expect(renderDom(<CartBadge href="/cart" count={120} />).html).toContain('>99+</span>');
    expect(renderDom(<CartBadge href="/cart" count={0} />).html).toContain('countHidden');
  });

  it('keeps the icon out of the accessibility tree', () => {
    expect(renderDom(<CartBadge href="/cart" count={2} />).html).toMatch(/<svg [^>]*aria-hidden="true"/);
  });
});
