'use client';

import { FormMessage, TextField } from '@commerce/ui';
import { useId } from 'react';
import type { AddressState } from '@/lib/customers/forms';
import styles from './account-form.module.css';
import { SubmitButton } from './submit-button';
import { useAccountForm } from './use-account-form';

export interface AddressFormProps {
  action: (previous: AddressState, formData: FormData) => Promise<AddressState>;
}

/** Adds an address to the account; on success the fields empty and the list above refreshes. */
export function AddressForm({ action }: AddressFormProps) {
  const { state, formAction, pending, onSubmit } = useAccountForm(action);
  const defaultId = useId();
  const { values, fieldErrors } = state;

  return (
    <form action={formAction} onSubmit={onSubmit} className={styles.form}>
      {state.message && <FormMessage tone={state.message.tone}>{state.message.text}</FormMessage>}
      <div className={styles.row}>
        <TextField
          label="First name"
          name="firstName"
          autoComplete="given-name"
          maxLength={100}
          defaultValue={values.firstName}
          error={fieldErrors.firstName}
        />
        <TextField
          label="Last name"
          name="lastName"
          autoComplete="family-name"
          maxLength={100}
          defaultValue={values.lastName}
          error={fieldErrors.lastName}
        />
      </div>
      <TextField
        label="Street and number"
        name="address1"
        autoComplete="address-line1"
        required
        maxLength={255}
        defaultValue={values.address1}
        error={fieldErrors.address1}
      />
      <TextField
        label="Apartment, suite, floor (optional)"
        name="address2"
        autoComplete="address-line2"
        maxLength={255}
        defaultValue={values.address2}
        error={fieldErrors.address2}
      />
      <div className={styles.row}>
        <TextField
          label="City"
          name="city"
          autoComplete="address-level2"
          required
          maxLength={100}
          defaultValue={values.city}
          error={fieldErrors.city}
        />
        <TextField
          label="State or province (optional)"
          name="province"
          autoComplete="address-level1"
          maxLength={100}
          defaultValue={values.province}
          error={fieldErrors.province}
        />
      </div>
      <div className={styles.row}>
        <TextField
          label="Postal code"
          name="zip"
          autoComplete="postal-code"
          maxLength={20}
          defaultValue={values.zip}
          error={fieldErrors.zip}
        />
        <TextField
          label="Country code"
          name="countryCode"
          autoComplete="country"
          required
          minLength={2}
          maxLength={2}
          hint="Two letters, for example US, GB or DE."
          defaultValue={values.countryCode}
          error={fieldErrors.countryCode}
        />
      </div>
      <TextField
        label="Phone (optional)"
        name="phone"
        type="tel"
        autoComplete="tel"
        maxLength={32}
        hint="For the courier, if they need to reach you."
        defaultValue={values.phone}
        error={fieldErrors.phone}
      />
      <div className={styles.checkbox}>
        <input id={defaultId} type="checkbox" name="setAsDefault" defaultChecked={values.setAsDefault === 'on'} />
        <label htmlFor={defaultId}>Make this my default address</label>
      </div>
      <div className={styles.actions}>
        <SubmitButton pending={pending} label="Save address" pendingLabel="Saving…" />
      </div>
    </form>
  );
}
