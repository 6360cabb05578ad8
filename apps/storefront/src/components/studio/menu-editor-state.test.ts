import { describe, expect, it } from 'vitest';
import {
  fromMenu,
  mapMenuUserErrors,
  menuReducer,
  toMenuInput,
  validateMenu,
  type MenuItemDraft,
} from './menu-editor-state';

const menu = () =>
  fromMenu([
    { title: 'Shop', url: '/collections/all', items: [{ title: 'Sale', url: '/collections/sale', items: [] }] },
    { title: 'About', url: '/pages/about', items: [] },
    { title: 'Blog', url: 'https://blog.example.com/', items: [] },
  ]);

const titles = (items: readonly MenuItemDraft[]): string =>
  items.map((item) => (item.items.length ? `${item.title}[${titles(item.items)}]` : item.title)).join(',');

describe('menuReducer', () => {
  it('adds an empty item at the end, and a sub-item under its parent', () => {
    let items = menuReducer(menu(), { type: 'add' });
    expect(titles(items)).toBe('Shop[Sale],About,Blog,');
    items = menuReducer(items, { type: 'add', parent: 1 });
    expect(items[1]!.items).toHaveLength(1);
    const keys = [...items, ...items.flatMap((i) => i.items)].map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('removes an item with its sub-items, or only a sub-item', () => {
    expect(titles(menuReducer(menu(), { type: 'remove', path: [0] }))).toBe('About,Blog');
    expect(titles(menuReducer(menu(), { type: 'remove', path: [0, 0] }))).toBe('Shop,About,Blog');
  });

  it('moves an item up and down among its siblings, and not past the ends', () => {
    expect(titles(menuReducer(menu(), { type: 'move', path: [1], by: -1 }))).toBe('About,Shop[Sale],Blog');
    expect(titles(menuReducer(menu(), { type: 'move', path: [1], by: 1 }))).toBe('Shop[Sale],Blog,About');
    const first = menu();
    expect(menuReducer(first, { type: 'move', path: [0], by: -1 })).toBe(first);
    expect(menuReducer(first, { type: 'move', path: [0, 0], by: 1 })).toBe(first);
  });

  it('drops a dragged item before another, across levels when one level of sub-items still holds', () => {
    expect(titles(menuReducer(menu(), { type: 'drop', from: [2], to: [0] }))).toBe('Blog,Shop[Sale],About');
    expect(titles(menuReducer(menu(), { type: 'drop', from: [0], to: [2] }))).toBe('About,Shop[Sale],Blog');
    // A sub-item dragged out to the top level, and a top-level leaf dragged into a sub-list.
    expect(titles(menuReducer(menu(), { type: 'drop', from: [0, 0], to: [2] }))).toBe('Shop,About,Sale,Blog');
    expect(titles(menuReducer(menu(), { type: 'drop', from: [1], to: [0, 0] }))).toBe('Shop[About,Sale],Blog');
    // An item with sub-items cannot become a sub-item (one level only); nothing changes.
    const first = menu();
    expect(menuReducer(first, { type: 'drop', from: [0], to: [1, 0] })).toBe(first);
  });

  it('drops at the end of a list when the target index is past it', () => {
    expect(titles(menuReducer(menu(), { type: 'drop', from: [0], to: [3] }))).toBe('About,Blog,Shop[Sale]');
  });

  it('indents a leaf under the item above it (at the end of its sub-items), and outdents a sub-item after its parent', () => {
    expect(titles(menuReducer(menu(), { type: 'indent', path: [1] }))).toBe('Shop[Sale,About],Blog');
    expect(titles(menuReducer(menu(), { type: 'outdent', path: [0, 0] }))).toBe('Shop,Sale,About,Blog');
    // The first item has nothing above it; an item with sub-items stays at the top; a top item cannot go further out.
    const first = menu();
    expect(menuReducer(first, { type: 'indent', path: [0] })).toBe(first);
    const withSubs = menuReducer(menu(), { type: 'drop', from: [0], to: [2] });
    expect(menuReducer(withSubs, { type: 'indent', path: [1] })).toBe(withSubs);
    expect(menuReducer(first, { type: 'outdent', path: [1] })).toBe(first);
  });

  it('edits a field of one item', () => {
    const items = menuReducer(menu(), { type: 'edit', path: [0, 0], field: 'url', value: '/collections/deals' });
    expect(items[0]!.items[0]!.url).toBe('/collections/deals');
    expect(items[0]!.title).toBe('Shop');
  });
});

describe('validateMenu', () => {
  it('accepts a valid menu', () => {
    expect(validateMenu(menu())).toEqual({});
  });

  it('names each bad field of each item', () => {
    let items = menuReducer(menu(), { type: 'edit', path: [1], field: 'title', value: '  ' });
    items = menuReducer(items, { type: 'edit', path: [0, 0], field: 'url', value: 'javascript:alert(1)' });
    items = menuReducer(items, { type: 'edit', path: [2], field: 'url', value: 'http://blog.example.com/' });
    const errors = validateMenu(items);
    expect(errors[items[1]!.key]).toEqual({ title: expect.stringMatching(/title/i) });
    expect(errors[items[0]!.items[0]!.key]).toEqual({ url: expect.stringMatching(/https/) });
    expect(errors[items[2]!.key]?.url).toBeDefined();
  });

  it('refuses protocol-relative, data: and whitespace-smuggled links, and titles over 60 characters', () => {
    for (const url of ['//evil.example', 'data:text/html,x', 'java\tscript:alert(1)', '/\\evil.example']) {
      const items = menuReducer(menu(), { type: 'edit', path: [1], field: 'url', value: url });
      expect(validateMenu(items)[items[1]!.key]?.url, url).toBeDefined();
    }
    const items = menuReducer(menu(), { type: 'edit', path: [1], field: 'title', value: 'x'.repeat(61) });
    expect(validateMenu(items)[items[1]!.key]?.title).toMatch(/60/);
  });
});

describe('toMenuInput', () => {
  it('sends trimmed titles and urls in order, sub-items nested', () => {
    const items = menuReducer(menu(), { type: 'edit', path: [1], field: 'title', value: '  About us ' });
    expect(toMenuInput(items)).toEqual([
      { title: 'Shop', url: '/collections/all', items: [{ title: 'Sale', url: '/collections/sale', items: [] }] },
      { title: 'About us', url: '/pages/about', items: [] },
      { title: 'Blog', url: 'https://blog.example.com/', items: [] },
    ]);
  });
});

describe('mapMenuUserErrors', () => {
  it('puts an error under the item and field its path names', () => {
    const items = menu();
    const mapped = mapMenuUserErrors(
      [
        { field: ['items', '0', 'items', '0', 'url'], message: 'Use a path.', code: 'INVALID' },
        { field: ['items', '2', 'title'], message: 'Must not be empty.', code: 'INVALID' },
      ],
      items,
    );
    expect(mapped.fieldErrors).toEqual({
      [items[0]!.items[0]!.key]: { url: 'Use a path.' },
      [items[2]!.key]: { title: 'Must not be empty.' },
    });
    expect(mapped.message).toMatch(/correct/i);
  });

  it('keeps errors without an item (a list too long, no field, an unknown index) as the form message', () => {
    const mapped = mapMenuUserErrors(
      [
        { field: ['items'], message: 'At most 20 items.', code: 'INVALID' },
        { field: null, message: 'Not allowed.', code: 'INVALID' },
        { field: ['items', '9', 'title'], message: 'Must not be empty.', code: 'INVALID' },
      ],
      menu(),
    );
    expect(mapped.fieldErrors).toEqual({});
    expect(mapped.message).toBe('At most 20 items. Not allowed. Must not be empty.');
  });

  it('puts a sub-list limit under its parent item', () => {
    const items = menu();
    const mapped = mapMenuUserErrors(
      [{ field: ['items', '0', 'items'], message: 'At most 20 sub-items.', code: 'INVALID' }],
      items,
    );
    expect(mapped.fieldErrors).toEqual({ [items[0]!.key]: { items: 'At most 20 sub-items.' } });
  });
});
