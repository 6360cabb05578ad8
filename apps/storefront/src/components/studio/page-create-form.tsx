'use client';

import { FormMessage, TextField } from '@commerce/ui';
import { SubmitButton } from '@/components/account/submit-button';
import { useAccountForm } from '@/components/account/use-account-form';
import type { AccountFormState } from '@/lib/customers/form-state';
import styles from './studio-forms.module.css';

type State = AccountFormState<'title' | 'handle'>;

export interface PageCreateFormProps {
  action: (previous: State, formData: FormData) => Promise<State>;
}

/** A new draft page: its title and handle (the URL `/pages/<handle>`). */
export function PageCreateForm({ action }: PageCreateFormProps) {
  const { state, formAction, pending, onSubmit } = useAccountForm(action);
  return (
    <section aria-labelledby="new-page-heading" className={styles.panel}>
      <h2 id="new-page-heading" className={styles.panelHeading}>
        New page
      </h2>
      <form action={formAction} onSubmit={onSubmit} className={styles.inline}>
        {state.message && <FormMessage tone={state.message.tone}>{state.message.text}</FormMessage>}
        <TextField
          label="Title"
          name="title"
          required
          maxLength={200}
          defaultValue={state.values.title}
          error={state.fieldErrors.title}
        />
        <TextField
          label="Handle"
          name="handle"
          required
          maxLength={100}
          hint="Lowercase letters, digits and dashes: the page is served at /pages/<handle>."
          defaultValue={state.values.handle}
          error={state.fieldErrors.handle}
        />
        <div>
          <SubmitButton pending={pending} label="Create page" pendingLabel="Creating…" />
        </div>
      </form>
    </section>
  );
}
