'use client';

import { FormMessage } from '@commerce/ui';
import { useActionState, useId, useState, useSyncExternalStore } from 'react';
import { SubmitButton } from '@/components/account/submit-button';
import { emptyFormState, type AccountFormState } from '@/lib/customers/form-state';
import { offsetAtInstant, offsetAtLocal, toLocalInput } from '@/lib/studio/schedule-time';
import styles from './studio-forms.module.css';

type State = AccountFormState<'publishAt'>;

const noSubscription = () => () => {};
type Action = (previous: State, formData: FormData) => Promise<State>;

export interface PublishPanelProps {
  pageId: string;
  status: 'DRAFT' | 'SCHEDULED' | 'PUBLISHED';
  publishAt: string | null;
  hasUnpublishedChanges: boolean;
  publishNowAction: Action;
  scheduleAction: Action;
  unpublishAction: Action;
}

/**
 * Publish the saved draft now, schedule it (a time in the marketer's zone, sent as UTC with the
 * browser's offset at that time, so a date past a daylight-saving change is not an hour off), or
 * take the page off the site.
 */
export function PublishPanel(props: PublishPanelProps) {
  const { pageId, status, publishAt, hasUnpublishedChanges } = props;
  // Each form keeps its own state; the message shown is the one of the form used last.
  const [last, setLast] = useState<'publish' | 'schedule' | 'unpublish' | null>(null);
  const [publishState, publish, publishing] = useActionState(
    (previous: State, formData: FormData) => (setLast('publish'), props.publishNowAction(previous, formData)),
    emptyFormState<'publishAt'>(),
  );
  const [scheduleState, schedule, scheduling] = useActionState((previous: State, formData: FormData) => {
    setLast('schedule');
    formData.set('timezoneOffset', String(offsetAtLocal(String(formData.get('publishAt') ?? ''))));
    return props.scheduleAction(previous, formData);
  }, emptyFormState<'publishAt'>());
  const [unpublishState, unpublish, unpublishing] = useActionState(
    (previous: State, formData: FormData) => (setLast('unpublish'), props.unpublishAction(previous, formData)),
    emptyFormState<'publishAt'>(),
  );
  const id = useId();
  // The zone is the browser's: the server renders UTC, the browser its own after hydration.
  const offset = useSyncExternalStore(
    noSubscription,
    () => new Date().getTimezoneOffset(),
    () => 0,
  );
  const zone = useSyncExternalStore(
    noSubscription,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => 'UTC',
  );
  const message = last
    ? { publish: publishState, schedule: scheduleState, unpublish: unpublishState }[last].message
    : null;
  // Shown at the offset of that time (summer or winter), as it was sent.
  const scheduledOffset = useSyncExternalStore(
    noSubscription,
    () => (publishAt ? offsetAtInstant(publishAt) : 0),
    () => 0,
  );
  const scheduledFor =
    status === 'SCHEDULED' && publishAt ? toLocalInput(publishAt, scheduledOffset).replace('T', ' ') : null;
  const error = scheduleState.fieldErrors.publishAt;

  return (
    <section aria-labelledby={`${id}-heading`} className={styles.panel}>
      <h2 id={`${id}-heading`} className={styles.panelHeading}>
        Publishing
      </h2>
      {message && <FormMessage tone={message.tone}>{message.text}</FormMessage>}
      <p className={styles.muted}>
        {status === 'PUBLISHED' && (hasUnpublishedChanges ? 'Live, with unpublished changes in the draft.' : 'Live.')}
        {status === 'DRAFT' && 'Not on the site.'}
        {scheduledFor && `Scheduled for ${scheduledFor} (${zone}).`} Publishing makes the last saved draft live: save
        your changes first.
      </p>
      <div className={styles.row}>
        <form action={publish}>
          <input type="hidden" name="id" value={pageId} />
          <SubmitButton pending={publishing} label="Publish now" pendingLabel="Publishing…" />
        </form>
        {status !== 'DRAFT' && (
          <form action={unpublish}>
            <input type="hidden" name="id" value={pageId} />
            <SubmitButton pending={unpublishing} label="Unpublish" pendingLabel="Unpublishing…" variant="secondary" />
          </form>
        )}
      </div>
      <form action={schedule} className={styles.row}>
        <input type="hidden" name="id" value={pageId} />
        <input type="hidden" name="timezoneOffset" value={offset} />
        <label htmlFor={`${id}-at`}>Publish at ({zone})</label>
        <input
          id={`${id}-at`}
          name="publishAt"
          type="datetime-local"
          required
          defaultValue={scheduleState.values.publishAt ?? ''}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-at-error` : undefined}
        />
        <SubmitButton pending={scheduling} label="Schedule" pendingLabel="Scheduling…" variant="secondary" />
        {error && (
          <span id={`${id}-at-error`} className={styles.muted} style={{ color: '#b91c1c' }}>
            {error}
          </span>
        )}
      </form>
    </section>
  );
}
