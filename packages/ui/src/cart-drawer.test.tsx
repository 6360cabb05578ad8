// @vitest-environment happy-dom
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { CartDrawer } from './cart-drawer';
import { act, mount } from './test-mount';

function Harness() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open cart
      </button>
      <CartDrawer open={open} onClose={() => setOpen(false)} footer={<a href="/checkout">Check out</a>}>
        <a href="/products/tote">Tote</a>
      </CartDrawer>
    </>
  );
}

const press = (target: Element, key: string, shiftKey = false) =>
  act(async () => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true }));
  });

describe('CartDrawer', () => {
  it('is a modal dialog named by its heading, focused on its close button when it opens', async () => {
    const view = await mount(<Harness />);
    const opener = view.getByRole('button', { name: 'Open cart' });
    opener.focus();
    await act(async () => opener.click());
    const dialog = view.container.querySelector('dialog')!;
    expect(dialog.open).toBe(true);
    const headingId = dialog.getAttribute('aria-labelledby')!;
    expect(view.container.querySelector(`#${CSS.escape(headingId)}`)?.textContent).toBe('Your cart');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Close cart');
    await view.unmount();
  });

  it('closes on Escape and gives focus back to what opened it', async () => {
    const view = await mount(<Harness />);
    const opener = view.getByRole('button', { name: 'Open cart' });
    opener.focus();
    await act(async () => opener.click());
    const dialog = view.container.querySelector('dialog')!;
    await act(async () => {
      dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
    });
    expect(dialog.open).toBe(false);
    expect(document.activeElement).toBe(opener);
    await view.unmount();
  });

  it('keeps Tab inside: from the last control to the first, and Shift+Tab back', async () => {
    const view = await mount(<Harness />);
    await act(async () => view.getByRole('button', { name: 'Open cart' }).click());
    const dialog = view.container.querySelector('dialog')!;
    const close = dialog.querySelector<HTMLElement>('[aria-label="Close cart"]')!;
    const last = dialog.querySelector<HTMLElement>('a[href="/checkout"]')!;
    last.focus();
    await press(last, 'Tab');
    expect(document.activeElement).toBe(close);
    await press(close, 'Tab', true);
    expect(document.activeElement).toBe(last);
    await view.unmount();
  });
});
