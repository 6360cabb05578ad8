// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { VariantPicker, type VariantOptionView } from './variant-picker';
import { renderDom } from './test-utils';

const options: VariantOptionView[] = [
  {
    name: 'Color',
    values: [
      { value: 'Navy', available: true, selected: true },
      { value: 'Sand', available: false, selected: false },
    ],
  },
  {
    name: 'Size',
    values: [
      { value: 'S', available: true, selected: false },
      { value: 'M', available: true, selected: false },
    ],
  },
  { name: 'Material', values: [{ value: 'Linen', available: true, selected: true }] },
];

const view = () => renderDom(<VariantPicker options={options} onSelect={() => undefined} />);

describe('VariantPicker', () => {
  it('renders one group per option, its legend naming the selected value', () => {
    const groups = view().getAllByRole('group');
    expect(groups.map((group) => group.querySelector('legend')?.textContent)).toEqual([
      'Color: Navy',
      'Size',
      'Material: Linen',
    ]);
  });

  it('uses radios labelled by value, checked when selected, one name per option', () => {
    const v = view();
    const navy = v.getByRole('radio', { name: 'Navy' }) as HTMLInputElement;
    const s = v.getByRole('radio', { name: 'S' }) as HTMLInputElement;
    const m = v.getByRole('radio', { name: 'M' }) as HTMLInputElement;
    expect(navy.checked).toBe(true);
    expect(s.checked).toBe(false);
    expect(s.name).toBe(m.name);
    expect(s.name).not.toBe(navy.name);
    expect(v.getAllByRole('radio')).toHaveLength(5);
  });

  it('keeps sold-out values selectable and says "(sold out)"', () => {
    const sand = view().getByRole('radio', { name: 'Sand (sold out)' }) as HTMLInputElement;
    expect(sand.disabled).toBe(false);
    expect(sand.closest('div')?.querySelector('label')?.className).toContain('unavailable');
  });

  it('renders a single-value option as one checked radio', () => {
    const linen = view().getByRole('radio', { name: 'Linen' }) as HTMLInputElement;
    expect(linen.checked).toBe(true);
  });
});

describe('VariantPicker in the browser', () => {
  it('reports the option name and value when a radio is chosen', async () => {
    Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
    const onSelect = vi.fn();
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    await act(async () => root.render(<VariantPicker options={options} onSelect={onSelect} />));

    const medium = [...container.querySelectorAll('label')].find((label) => label.textContent === 'M');
    await act(async () => medium?.click());
    expect(onSelect).toHaveBeenCalledWith('Size', 'M');

    await act(async () => root.unmount());
    container.remove();
  });
});
