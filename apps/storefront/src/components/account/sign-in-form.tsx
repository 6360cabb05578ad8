'use client';

import { FormMessage, TextField } from '@commerce/ui';
import Link from 'next/link';
import type { SignInState } from '@/lib/customers/forms';
import styles from './account-form.module.css';
import { SubmitButton } from './submit-button';
import { useAccountForm } from './use-account-form';

export interface SignInFormProps {
  action: (previous: SignInState, formData: FormData) => Promise<SignInState>;
  /** A same-site path to go to after signing in (already checked by the page). */
  returnTo: string;
  signUpHref: string;
}

export function SignInForm({ action, returnTo, signUpHref }: SignInFormProps) {
  const { state, formAction, pending, onSubmit } = useAccountForm(action);

  return (
    <form action={formAction} onSubmit={onSubmit} className={styles.form}>
      {state.message && <FormMessage tone={state.message.tone}>{state.message.text}</FormMessage>}
      <input type="hidden" name="returnTo" value={returnTo} />
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        defaultValue={state.values.email}
        error={state.fieldErrors.email}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={state.fieldErrors.password}
      />
      <div className={styles.actions}>
        <SubmitButton pending={pending} label="Sign in" pendingLabel="Signing in…" />
        <p className={styles.aside}>
          New here? <Link href={signUpHref}>Create an account</Link>
        </p>
      </div>
    </form>
  );
}
