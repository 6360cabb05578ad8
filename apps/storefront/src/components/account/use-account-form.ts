'use client';

import { useActionState, type FormEvent } from 'react';
import { emptyFormState, type AccountFormState } from '@/lib/customers/form-state';

type AccountAction<Field extends string> = (
  previous: AccountFormState<Field>,
  formData: FormData,
) => Promise<AccountFormState<Field>>;

/**
 * An account form's server action with its state, and a submit handler that ignores a second
 * submit while the first is under way (a double click must not sign up twice).
 */
export function useAccountForm<Field extends string>(action: AccountAction<Field>) {
  const [state, formAction, pending] = useActionState(action, emptyFormState<Field>());
  const onSubmit = (event: FormEvent) => {
    if (pending) event.preventDefault();
  };
  return { state, formAction, pending, onSubmit };
}
