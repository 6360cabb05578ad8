'use client';

import { FormMessage } from '@commerce/ui';
import { useActionState } from 'react';
import { emptyFormState, type AccountFormState } from '@/lib/customers/form-state';
import { formatStudioTime } from '@/lib/studio/page-status';
import styles from './studio-forms.module.css';

type State = AccountFormState<'publishAt'>;

export interface RevisionView {
  id: string;
  number: number;
  title: string;
  publishedAt: string;
  publishedBy: string | null;
}

export interface RevisionListProps {
  pageId: string;
  revisions: readonly RevisionView[];
  restoreAction: (previous: State, formData: FormData) => Promise<State>;
}

/** Published versions, newest first; restoring one replaces the draft (then publish it). */
export function RevisionList({ pageId, revisions, restoreAction }: RevisionListProps) {
  const [state, restore, restoring] = useActionState(restoreAction, emptyFormState<'publishAt'>());
  return (
    <section aria-labelledby="revisions-heading" className={styles.panel}>
      <h2 id="revisions-heading" className={styles.panelHeading}>
        Revisions
      </h2>
      {state.message && <FormMessage tone={state.message.tone}>{state.message.text}</FormMessage>}
      {revisions.length === 0 ? (
        <p className={styles.muted}>Not published yet.</p>
      ) : (
        <ol className={styles.stack}>
          {revisions.map((revision) => (
            <li key={revision.id}>
              <form action={restore} className={styles.row}>
                <input type="hidden" name="id" value={pageId} />
                <input type="hidden" name="revisionId" value={revision.id} />
                <span>
                  #{revision.number} “{revision.title}”, {formatStudioTime(revision.publishedAt)}
                  {revision.publishedBy ? ` by ${revision.publishedBy}` : ''}
                </span>
                <button type="submit" className={styles.smallButton} aria-disabled={restoring || undefined}>
                  Restore<span className={styles.visuallyHidden}> revision {revision.number}</span>
                </button>
              </form>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
