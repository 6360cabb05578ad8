// How the studio names a page's state: the API's status, plus whether the draft has changes
// the live version lacks.

export interface PageStatusView {
  status: 'DRAFT' | 'SCHEDULED' | 'PUBLISHED';
  hasUnpublishedChanges: boolean;
}

export function pageStatusLabel(page: PageStatusView): string {
  const base = { DRAFT: 'Draft', SCHEDULED: 'Scheduled', PUBLISHED: 'Published' }[page.status];
  return page.status === 'PUBLISHED' && page.hasUnpublishedChanges ? `${base} (unpublished changes)` : base;
}

/** A time for people, in the marketer's zone on the server's render (UTC there; labelled). */
export function formatStudioTime(iso: string | null, timeZone = 'UTC'): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(date);
}
