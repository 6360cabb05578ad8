// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { QuantityStepper } from './quantity-stepper';
import { act, mount } from './test-mount';

describe('QuantityStepper', () => {
  it('names the field and both buttons after what they count', async () => {
    const view = await mount(<QuantityStepper label="Quantity of Tote" value={2} onChange={() => {}} />);
    expect(view.getByRole('spinbutton', { name: 'Quantity of Tote' })).toBeTruthy();
    expect(view.getByRole('button', { name: 'Decrease quantity of tote' })).toBeTruthy();
    expect(view.getByRole('button', { name: 'Increase quantity of tote' })).toBeTruthy();
    await view.unmount();
  });

  it('steps by one within min and max, and disables the button at each end', async () => {
    const onChange = vi.fn();
    const view = await mount(<QuantityStepper label="Qty" value={1} max={2} onChange={onChange} />);
    const decrease = view.getByRole('button', { name: /decrease/i }) as HTMLButtonElement;
    const increase = view.getByRole('button', { name: /increase/i }) as HTMLButtonElement;
    expect(decrease.disabled).toBe(true);
    await act(async () => increase.click());
    expect(onChange).toHaveBeenLastCalledWith(2);
    await view.rerender(<QuantityStepper label="Qty" value={2} max={2} onChange={onChange} />);
    expect(increase.disabled).toBe(true);
    await view.unmount();
  });

  it('ties an error message to the field and marks it invalid', async () => {
    const view = await mount(<QuantityStepper label="Qty" value={3} describedBy="err-1" onChange={() => {}} />);
    const input = view.getByRole('spinbutton');
    expect(input.getAttribute('aria-describedby')).toBe('err-1');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await view.unmount();
  });
});
