'use client';

import { FormMessage, TextField } from '@commerce/ui';
import Link from 'next/link';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type SignUpState } from '@/lib/customers/forms';
import styles from './account-form.module.css';
import { SubmitButton } from './submit-button';
import { useAccountForm } from './use-account-form';

export interface SignUpFormProps {
  action: (previous: SignUpState, formData: FormData) => Promise<SignUpState>;
  returnTo: string;
  signInHref: string;
}

export function SignUpForm({ action, returnTo, signInHref }: SignUpFormProps) {
  const { state, formAction, pending, onSubmit } = useAccountForm(action);

  return (
    <form action={formAction} onSubmit={onSubmit} className={styles.form}>
      {state.message && <FormMessage tone={state.message.tone}>{state.message.text}</FormMessage>}
      <input type="hidden" name="returnTo" value={returnTo} />
      <div className={styles.row}>
        <TextField
          label="First name"
          name="firstName"
          autoComplete="given-name"
          maxLength={100}
          defaultValue={state.values.firstName}
          error={state.fieldErrors.firstName}
        />
        <TextField
          label="Last name"
          name="lastName"
          autoComplete="family-name"
          maxLength={100}
          defaultValue={state.values.lastName}
          error={state.fieldErrors.lastName}
        />
      </div>
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
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        maxLength={PASSWORD_MAX_LENGTH}
        hint={`${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters. A few unrelated words make a strong one.`}
        error={state.fieldErrors.password}
      />
      <div className={styles.actions}>
        <SubmitButton pending={pending} label="Create account" pendingLabel="Creating your account…" />
        <p className={styles.aside}>
          Already have an account? <Link href={signInHref}>Sign in</Link>
        </p>
      </div>
    </form>
  );
}
