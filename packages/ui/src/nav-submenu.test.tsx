// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { NavSubmenu } from './nav-submenu';
import { act, mount } from './test-mount';

const items = [
  { label: 'Shirts', href: '/collections/shirts' },
  { label: 'Trousers', href: '/collections/trousers' },
];

describe('NavSubmenu', () => {
  it('is a link plus a disclosure button, closed at first', async () => {
    const view = await mount(<NavSubmenu label="Apparel" href="/collections/apparel" items={items} />);
    expect(view.getByRole('link', { name: 'Apparel' }).getAttribute('href')).toBe('/collections/apparel');
    const button = view.getByRole('button', { name: 'Apparel: more' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const list = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(list.hidden).toBe(true);
    await view.unmount();
  });

  it('opens with the button, and Escape closes it and gives focus back to the button', async () => {
    const view = await mount(<NavSubmenu label="Apparel" href="/collections/apparel" items={items} />);
    const button = view.getByRole('button', { name: 'Apparel: more' }) as HTMLButtonElement;
    await act(async () => button.click());
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const shirts = view.getByRole('link', { name: 'Shirts' }) as HTMLAnchorElement;
    shirts.focus();
    await act(async () => {
      shirts.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
    await view.unmount();
  });

  it('closes when focus leaves it', async () => {
    const outside = document.createElement('a');
    outside.href = '/elsewhere';
    document.body.append(outside);
    const view = await mount(<NavSubmenu label="Apparel" href="/collections/apparel" items={items} />);
    const button = view.getByRole('button', { name: 'Apparel: more' }) as HTMLButtonElement;
    await act(async () => button.click());
    await act(async () => {
      button.dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: outside }));
    });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await view.unmount();
    outside.remove();
  });
});
