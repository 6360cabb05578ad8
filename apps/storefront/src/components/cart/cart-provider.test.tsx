// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CartProvider, useCart } from './cart-provider';

// Tells React that updates are wrapped in act(), so effects and state settle before assertions.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

vi.mock('next/navigation', () => ({ usePathname: () => '/products/tote' }));

function OpenCart() {
  const { openDrawer } = useCart();
  return (
    <button type="button" onClick={openDrawer}>
      Open cart
    </button>
  );
}

// Transforming the drawer's module graph (the UI package) the first time can outlast a test's
// time limit on a busy machine; done here, the test still sees lazy() suspend and resolve.
beforeAll(() => import('./cart-drawer-panel'), 60_000);

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('CartProvider', () => {
  it('leaves the drawer out of the first render and shows it, open, when the shopper opens it', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ cart: null })),
    );
    const container = document.body.appendChild(document.createElement('div'));
    const root = createRoot(container);
    await act(async () =>
      root.render(
        <CartProvider>
          <OpenCart />
        </CartProvider>,
      ),
    );
    // The drawer is not part of what hydrates with the page (its code loads apart).
    expect(container.querySelector('dialog')).toBeNull();

    await act(async () => container.querySelector('button')!.click());
    // The drawer's chunk arrives (the same module lazy() asked for); React renders it within act.
    await act(() => import('./cart-drawer-panel'));
    expect(container.querySelector('dialog')?.open).toBe(true);
    expect(container.querySelector('dialog')!.textContent).toContain('Your cart is empty.');
    await act(async () => root.unmount());
  });
});
