import { describe, expect, it } from 'vitest';
import { AddressFields } from './address-fields';
import { renderDom } from './test-utils';

const countries = [
  { code: 'DE', name: 'Germany' },
  { code: 'US', name: 'United States' },
];

describe('AddressFields', () => {
  it('is a group named by its legend, each field labelled with an autofill token of its section', () => {
    const view = renderDom(<AddressFields legend="Shipping address" section="shipping" countries={countries} />);
    expect(view.getByRole('group', { name: 'Shipping address' })).toBeTruthy();
    expect(view.getByRole('textbox', { name: 'First name' }).getAttribute('autocomplete')).toBe(
      'section-shipping shipping given-name',
    );
    expect(view.getByRole('textbox', { name: 'Postal code' }).getAttribute('autocomplete')).toBe(
      'section-shipping shipping postal-code',
    );
    expect(view.getByRole('textbox', { name: 'Phone (optional)' }).getAttribute('type')).toBe('tel');
    const country = view.getByRole('combobox', { name: 'Country' });
    expect(country.getAttribute('autocomplete')).toBe('section-shipping shipping country');
    expect(country.textContent).toBe('Choose a countryGermanyUnited States');
  });

  it('keeps the values and ties each error to its field', () => {
    const view = renderDom(
      <AddressFields
        legend="Shipping address"
        section="shipping"
        countries={countries}
        values={{ city: 'Berlin', countryCode: 'DE' }}
        errors={{ zip: 'Enter the postal code.', countryCode: 'We do not ship there.' }}
      />,
    );
    expect((view.getByRole('textbox', { name: 'City' }) as HTMLInputElement).value).toBe('Berlin');
    const zip = view.getByRole('textbox', { name: 'Postal code' });
    expect(view.getByText('Enter the postal code.').id).toBe(zip.getAttribute('aria-describedby'));
    const country = view.getByRole('combobox', { name: 'Country' });
    expect(country.getAttribute('aria-invalid')).toBe('true');
    expect(view.getByText('We do not ship there.').id).toBe(country.getAttribute('aria-describedby'));
    expect(view.html).toContain('<option value="DE" selected="">Germany</option>');
  });
});
