'use client';

import { AddressFields, Button, FormMessage, TextField, type AddressFieldName } from '@commerce/ui';
import { useActionState, useState } from 'react';
import type { ContactState } from '@/lib/checkout/checkout-state';
import { SHIPPING_COUNTRIES } from '@/lib/checkout/countries';
import { StepMessage } from './step-message';
import styles from './checkout.module.css';

export interface SavedAddress {
  id: string;
  label: string;
  values: Partial<Record<AddressFieldName, string>>;
}

export interface ContactStepProps {
  email: string;
  address: Partial<Record<AddressFieldName, string>>;
  savedAddresses: SavedAddress[];
  saveContact: (previous: ContactState, formData: FormData) => Promise<ContactState>;
}

/** Email and shipping address; a signed-in shopper may fill the address from their address book. */
export function ContactStep({ email, address, savedAddresses, saveContact }: ContactStepProps) {
  const [state, action, saving] = useActionState(saveContact, {
    message: null,
    fieldErrors: {},
    values: {},
    saved: false,
  });
  // A chosen saved address re-mounts the fields with its values (they are uncontrolled inputs).
  const [picked, setPicked] = useState<SavedAddress | null>(null);
  const values = picked ? { ...state.values, ...picked.values } : { ...address, email, ...state.values };

  return (
    <section aria-labelledby="checkout-contact" className={styles.step}>
      <h2 id="checkout-contact" className={styles.stepTitle}>
        1. Contact and address
      </h2>
      <form action={action} className={styles.form} noValidate={false}>
        {state.message && <StepMessage message={state.message} />}
        {state.saved && !state.message && <FormMessage tone="success">Address saved.</FormMessage>}
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          required
          maxLength={254}
          defaultValue={values.email}
          error={state.fieldErrors.email}
          hint="We send the order confirmation here."
        />
        {savedAddresses.length > 0 && (
          <div className={styles.savedAddresses}>
            <label htmlFor="saved-address" className={styles.label}>
              Use a saved address
            </label>
            <select
              id="saved-address"
              className={styles.select}
              defaultValue=""
              onChange={(event) => setPicked(savedAddresses.find((saved) => saved.id === event.target.value) ?? null)}
            >
              <option value="">Enter a new address</option>
              {savedAddresses.map((saved) => (
                <option key={saved.id} value={saved.id}>
                  {saved.label}
                </option>
              ))}
            </select>
          </div>
        )}
        <AddressFields
          key={picked?.id ?? 'entered'}
          legend="Shipping address"
          section="shipping"
          countries={[...SHIPPING_COUNTRIES]}
          values={values}
          errors={state.fieldErrors}
        />
        <Button type="submit" disabled={saving}>
          {saving ? 'Saving…' : 'Save and continue'}
        </Button>
      </form>
    </section>
  );
}
