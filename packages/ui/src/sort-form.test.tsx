// @vitest-environment happy-dom
import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { SortForm } from './sort-form';
import { renderDom } from './test-utils';

const options = [
  { value: 'relevance', label: 'Relevance' },
  { value: 'price-asc', label: 'Price, low to high' },
  { value: 'price-desc', label: 'Price, high to low' },
];

const view = () =>
  renderDom(
    <SortForm
      action="/collections/shirts"
      name="sort"
      options={options}
      value="price-asc"
      hiddenParams={[
        ['filter.color', 'navy'],
        ['filter.color', 'sand'],
      ]}
    />,
  );

describe('SortForm', () => {
  it('is a GET form to the listing', () => {
    const form = view().body.querySelector('form');
    expect(form?.getAttribute('action')).toBe('/collections/shirts');
    expect(form?.getAttribute('method')).toBe('get');
  });

  it('has a labelled select with the current value chosen', () => {
    const select = view().getByRole('combobox', { name: 'Sort by' }) as HTMLSelectElement;
    expect(select.name).toBe('sort');
    expect([...select.options].map((option) => option.textContent)).toEqual(options.map((option) => option.label));
    expect(select.querySelector('option[selected]')?.getAttribute('value')).toBe('price-asc');
  });

  it('keeps the other parameters, repeated names included', () => {
    const hidden = [...view().body.querySelectorAll('input[type="hidden"]')].map((input) => [
      input.getAttribute('name'),
      input.getAttribute('value'),
    ]);
    expect(hidden).toEqual([
      ['filter.color', 'navy'],
      ['filter.color', 'sand'],
    ]);
  });

  it('renders a visible "Sort" submit button before hydration, so it works without JavaScript', () => {
    const button = view().getByRole('button', { name: 'Sort' });
    expect(button.getAttribute('type')).toBe('submit');
    expect(button.hasAttribute('hidden')).toBe(false);
  });

  it('takes a custom label', () => {
    const v = renderDom(
      <SortForm action="/search" name="sort" options={options} value="relevance" hiddenParams={[]} label="Order" />,
    );
    expect(v.getByRole('combobox', { name: 'Order' })).toBeTruthy();
  });
});

describe('SortForm after hydration', () => {
  it('hides the button and submits the form when the select changes', async () => {
    Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
    const element = (
      <SortForm action="/search" name="sort" options={options} value="relevance" hiddenParams={[['q', 'linen']]} />
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(element);
    document.body.append(container);
    const form = container.querySelector('form') as HTMLFormElement;
    const submitted = vi.fn((event: Event) => event.preventDefault());
    form.addEventListener('submit', submitted);
    expect(container.querySelector('button')?.hidden).toBe(false);

    const root = await act(async () => hydrateRoot(container, element));
    expect(container.querySelector('button')?.hidden).toBe(true);

    const select = container.querySelector('select') as HTMLSelectElement;
    await act(async () => {
      select.value = 'price-desc';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(submitted).toHaveBeenCalledTimes(1);
    expect(new FormData(form).get('sort')).toBe('price-desc');

    await act(async () => root.unmount());
    container.remove();
  });
});
