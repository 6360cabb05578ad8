/**
 * What an account form's server action returns to `useActionState`: plain values only, so it
 * crosses from server to browser as is.
 */
export interface AccountFormState<Field extends string> {
  /** The form-level outcome, shown as a FormMessage above the fields. */
  message: { tone: 'error' | 'success' | 'info'; text: string } | null;
  /** A message per field, shown under it (and linked to it with aria-describedby). */
  fieldErrors: Partial<Record<Field, string>>;
  /** What was typed, to refill the form after an error. Never holds a password. */
  values: Partial<Record<Field, string>>;
}

export function emptyFormState<Field extends string>(): AccountFormState<Field> {
  return { message: null, fieldErrors: {}, values: {} };
}

/** The named text fields of a submitted form; a missing field or a file is an empty string. */
export function readTextFields<Field extends string>(
  formData: FormData,
  fields: readonly Field[],
): Record<Field, string> {
  const values = {} as Record<Field, string>;
  for (const field of fields) {
    const value = formData.get(field);
    values[field] = typeof value === 'string' ? value : '';
  }
  return values;
}

/**
 * Messages for required fields left blank (the browser usually stops these first; this is the
 * answer without JavaScript or with `required` removed), or null when all are filled in.
 */
export function requiredFieldErrors<Field extends string>(
  values: Record<Field, string>,
  messages: Partial<Record<Field, string>>,
): Pick<AccountFormState<Field>, 'fieldErrors' | 'message'> | null {
  const fieldErrors: Partial<Record<Field, string>> = {};
  for (const field of Object.keys(messages) as Field[]) {
    if (!values[field]?.trim()) fieldErrors[field] = messages[field];
  }
  if (!Object.keys(fieldErrors).length) return null;
  return { fieldErrors, message: { tone: 'error', text: 'Please correct the fields marked below.' } };
}
