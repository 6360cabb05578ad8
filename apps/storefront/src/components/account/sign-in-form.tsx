'use client';

import { FormMessage, TextField } from '@commerce/ui';
import Link from 'next/link';
import { useActionState, type FormEvent } from 'react';
import { emptyFormState } from '../../lib/customers/form-state';
import type { SignInField, SignInState } from '../../lib/customers/forms';
import styles from './account-form.module.css';
import { SubmitButton } from './submit-button';

export interface SignInFormProps {
  action: (previous: SignInState, formData: FormData) => Promise<SignInState>;
  /** A same-site path to go to after signing in (already checked by the page). */
  returnTo: string;
  signUpHref: string;
}

export function SignInForm({ action, returnTo, signUpHref }: SignInFormProps) {
  const [state, formAction, pending] = useActionState(action, emptyFormState<SignInField>());
  const ignoreWhilePending = (event: FormEvent) => pending && event.preventDefault();

  return (
    <form action={formAction} onSubmit={ignoreWhilePending} className={styles.form}>
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
      <TextField label="Password" name="password" type="password" autoComplete="current-password" required error={state.fieldErrors.password} />
      <div className={styles.actions}>
        <SubmitButton pending={pending} label="Sign in" pendingLabel="Signing in…" />
        <p className={styles.aside}>
          New here? <Link href={signUpHref}>Create an account</Link>
        </p>
      </div>
    </form>
  );
}
