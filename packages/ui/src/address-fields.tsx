import { SelectField } from './select-field';
import { TextField } from './text-field';
import styles from './address-fields.module.css';

export type AddressFieldName =
  | 'firstName'
  | 'lastName'
  | 'company'
  | 'address1'
  | 'address2'
  | 'city'
  | 'province'
  | 'zip'
  | 'countryCode'
  | 'phone';

export interface AddressFieldsProps {
  legend: string;
  /** The autofill section ("shipping", "billing"): tells the browser which saved address to offer. */
  section: 'shipping' | 'billing';
  countries: { code: string; name: string }[];
  values?: Partial<Record<AddressFieldName, string>>;
  errors?: Partial<Record<AddressFieldName, string>>;
}

// Autocomplete tokens from the HTML spec, so browsers and password managers fill the right boxes.
const FIELDS: { name: Exclude<AddressFieldName, 'countryCode'>; label: string; token: string; required?: boolean }[] = [
  { name: 'firstName', label: 'First name', token: 'given-name', required: true },
  { name: 'lastName', label: 'Last name', token: 'family-name', required: true },
  { name: 'company', label: 'Company (optional)', token: 'organization' },
  { name: 'address1', label: 'Street and number', token: 'address-line1', required: true },
  { name: 'address2', label: 'Apartment, suite (optional)', token: 'address-line2' },
  { name: 'city', label: 'City', token: 'address-level2', required: true },
  { name: 'province', label: 'State or region (optional)', token: 'address-level1' },
  { name: 'zip', label: 'Postal code', token: 'postal-code', required: true },
  { name: 'phone', label: 'Phone (optional)', token: 'tel' },
];

const MAX_LENGTH = 255;

/** A postal address as a fieldset; each error is tied to its field (see TextField). */
export function AddressFields({ legend, section, countries, values = {}, errors = {} }: AddressFieldsProps) {
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={styles.grid}>
        {FIELDS.map((field) => (
          <div key={field.name} className={styles[field.name]}>
            <TextField
              label={field.label}
              name={field.name}
              type={field.name === 'phone' ? 'tel' : 'text'}
              autoComplete={`section-${section} ${section} ${field.token}`}
              required={field.required}
              maxLength={MAX_LENGTH}
              defaultValue={values[field.name]}
              error={errors[field.name]}
            />
          </div>
        ))}
        <div className={styles.full}>
          <SelectField
            label="Country"
            name="countryCode"
            autoComplete={`section-${section} ${section} country`}
            required
            placeholder="Choose a country"
            options={countries.map((country) => ({ value: country.code, label: country.name }))}
            defaultValue={values.countryCode}
            error={errors.countryCode}
          />
        </div>
      </div>
    </fieldset>
  );
}
