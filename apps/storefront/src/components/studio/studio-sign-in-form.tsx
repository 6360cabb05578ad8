'use client';

import { FormMessage, TextField } from '@commerce/ui';
import { SubmitButton } from '@/components/account/submit-button';
import { useAccountForm } from '@/components/account/use-account-form';
import type { SignInState } from '@/lib/customers/forms';

export interface StudioSignInFormProps {
  action: (previous: SignInState, formData: FormData) => Promise<SignInState>;
}

/** Staff email and password; the API's refusals appear under the field they name. */
export function StudioSignInForm({ action }: StudioSignInFormProps) {
  const { state, formAction, pending, onSubmit } = useAccountForm(action);
  return (
    <form action={formAction} onSubmit={onSubmit} style={{ display: 'grid', gap: '1rem' }}>
      {state.message && <FormMessage tone={state.message.tone}>{state.message.text}</FormMessage>}
      <TextField
        label="Staff email"
        name="email"
        type="email"
        autoComplete="username"
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
      <div>
        <SubmitButton pending={pending} label="Sign in" pendingLabel="Signing in…" />
      </div>
    </form>
  );
}
