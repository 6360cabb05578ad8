import { describe, expect, it } from 'vitest';
import { DiscountCodeForm } from './discount-code-form';
import { renderDom } from './test-utils';

describe('DiscountCodeForm', () => {
  it('has a labelled, length-capped code field and an Apply button', () => {
    const view = renderDom(<DiscountCodeForm codes={[]} action="/cart" />);
    const input = view.getByRole('textbox', { name: 'Discount code' });
    expect(input.getAttribute('name')).toBe('code');
    expect(input.getAttribute('maxlength')).toBe('64');
    expect(view.getByRole('button', { name: 'Apply' }).getAttribute('type')).toBe('submit');
    expect(view.queryByRole('list')).toBeNull();
  });

  it('lists applied codes, each with a remove button that submits the code, and says which do not apply', () => {
    const view = renderDom(
      <DiscountCodeForm
        codes={[
          { code: 'WELCOME10', applicable: true },
          { code: 'SAVE5', applicable: false },
        ]}
        action="/cart"
      />,
    );
    const remove = view.getByRole('button', { name: 'Remove code SAVE5' });
    expect(remove.getAttribute('name')).toBe('remove');
    expect(remove.getAttribute('value')).toBe('SAVE5');
    expect(view.getByRole('list', { name: 'Applied discount codes' }).textContent).toContain(
      'SAVE5not applicable to this cart',
    );
  });

  it('ties an error to the field', () => {
    const view = renderDom(<DiscountCodeForm codes={[]} action="/cart" error="This code has expired." />);
    const input = view.getByRole('textbox');
    expect(view.getByText('This code has expired.').id).toBe(input.getAttribute('aria-describedby'));
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });
});
