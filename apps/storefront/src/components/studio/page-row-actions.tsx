'use client';

import { FormMessage } from '@commerce/ui';
import { useActionState, useEffect, useId, useRef, useState } from 'react';
import { emptyFormState, type AccountFormState } from '@/lib/customers/form-state';
import styles from './studio-forms.module.css';

type State = AccountFormState<'title' | 'handle'>;
type Action = (previous: State, formData: FormData) => Promise<State>;

export interface PageRowActionsProps {
  id: string;
  title: string;
  handle: string;
  duplicateAction: Action;
  deleteAction: Action;
}

/** Duplicate under a new handle, and delete after a confirmation (focus moves into it and back). */
export function PageRowActions({ id, title, handle, duplicateAction, deleteAction }: PageRowActionsProps) {
  const [duplicateState, duplicate, duplicating] = useActionState(
    duplicateAction,
    emptyFormState<'title' | 'handle'>(),
  );
  const [deleteState, remove, deleting] = useActionState(deleteAction, emptyFormState<'title' | 'handle'>());
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const fieldId = useId();

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  return (
    <div className={styles.stack}>
      <form action={duplicate} className={styles.row}>
        <input type="hidden" name="id" value={id} />
        <label htmlFor={`${fieldId}-copy`} className={styles.visuallyHidden}>
          Handle for the copy of {title}
        </label>
        <input
          id={`${fieldId}-copy`}
          name="handle"
          defaultValue={duplicateState.values.handle ?? `${handle}-copy`}
          aria-invalid={duplicateState.fieldErrors.handle ? true : undefined}
          aria-describedby={duplicateState.fieldErrors.handle ? `${fieldId}-copy-error` : undefined}
          size={14}
        />
        <button type="submit" className={styles.smallButton} aria-disabled={duplicating || undefined}>
          Duplicate<span className={styles.visuallyHidden}> {title}</span>
        </button>
        {duplicateState.fieldErrors.handle && (
          <span id={`${fieldId}-copy-error`} className={styles.muted}>
            {duplicateState.fieldErrors.handle}
          </span>
        )}
      </form>
      {duplicateState.message && !duplicateState.fieldErrors.handle && (
        <FormMessage tone={duplicateState.message.tone}>{duplicateState.message.text}</FormMessage>
      )}
      {confirming ? (
        <form action={remove} className={styles.row} role="group" aria-label={`Delete ${title}?`}>
          <input type="hidden" name="id" value={id} />
          <span>Delete “{title}” and its revisions?</span>
          <button ref={confirmRef} type="submit" className={styles.dangerButton} aria-disabled={deleting || undefined}>
            Yes, delete<span className={styles.visuallyHidden}> {title}</span>
          </button>
          <button
            type="button"
            className={styles.smallButton}
            onClick={() => {
              setConfirming(false);
              requestAnimationFrame(() => deleteRef.current?.focus());
            }}
          >
            Cancel
          </button>
        </form>
      ) : (
        <div>
          <button ref={deleteRef} type="button" className={styles.dangerButton} onClick={() => setConfirming(true)}>
            Delete<span className={styles.visuallyHidden}> {title}</span>
          </button>
        </div>
      )}
      {deleteState.message && <FormMessage tone={deleteState.message.tone}>{deleteState.message.text}</FormMessage>}
    </div>
  );
}
