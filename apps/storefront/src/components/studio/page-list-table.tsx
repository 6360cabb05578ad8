import Link from 'next/link';
import type { AccountFormState } from '@/lib/customers/form-state';
import { formatStudioTime, pageStatusLabel } from '@/lib/studio/page-status';
import { PageRowActions } from './page-row-actions';
import styles from './studio-forms.module.css';

type State = AccountFormState<'title' | 'handle'>;

export interface PageListItem {
  id: string;
  handle: string;
  title: string;
  status: 'DRAFT' | 'SCHEDULED' | 'PUBLISHED';
  publishAt: string | null;
  updatedAt: string;
  updatedBy: string | null;
  hasUnpublishedChanges: boolean;
}

export interface PageListTableProps {
  pages: readonly PageListItem[];
  duplicateAction: (previous: State, formData: FormData) => Promise<State>;
  deleteAction: (previous: State, formData: FormData) => Promise<State>;
}

/** Every page with its state, schedule and last editor; times in UTC (labelled). */
export function PageListTable({ pages, duplicateAction, deleteAction }: PageListTableProps) {
  if (!pages.length) return <p>No pages yet: create the first one above.</p>;
  return (
    <table className={styles.table}>
      <caption className={styles.visuallyHidden}>Pages</caption>
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Handle</th>
          <th scope="col">Status</th>
          <th scope="col">Scheduled for</th>
          <th scope="col">Last editor</th>
          <th scope="col">Updated</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {pages.map((page) => (
          <tr key={page.id}>
            <td>
              <Link href={`/studio/pages/${encodeURIComponent(page.handle)}`}>{page.title}</Link>
            </td>
            <td>
              <code>{page.handle}</code>
            </td>
            <td>{pageStatusLabel(page)}</td>
            <td>{page.status === 'SCHEDULED' ? formatStudioTime(page.publishAt) : '—'}</td>
            <td>{page.updatedBy ?? '—'}</td>
            <td>{formatStudioTime(page.updatedAt)}</td>
            <td>
              <PageRowActions
                id={page.id}
                title={page.title}
                handle={page.handle}
                duplicateAction={duplicateAction}
                deleteAction={deleteAction}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
