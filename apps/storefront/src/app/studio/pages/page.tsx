import { PageHeading } from '@commerce/ui';
import type { Metadata } from 'next';
import { PageCreateForm } from '@/components/studio/page-create-form';
import { PageListTable } from '@/components/studio/page-list-table';
import { listPages } from '@/lib/studio/pages-api';
import { requirePageEditor } from '@/lib/studio/studio-guard';
import { createPageAction, deletePageAction, duplicatePageAction } from './actions';

export const metadata: Metadata = { title: 'Pages' };

export default async function StudioPagesPage() {
  const { token } = await requirePageEditor();
  const pages = await listPages(token);
  return (
    <>
      <PageHeading title="Pages" subtitle="Landing pages and the home page, with their drafts and schedules." />
      <PageCreateForm action={createPageAction} />
      <PageListTable pages={pages} duplicateAction={duplicatePageAction} deleteAction={deletePageAction} />
    </>
  );
}
