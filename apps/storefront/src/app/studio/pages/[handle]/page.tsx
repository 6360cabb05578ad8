import { PageHeading } from '@commerce/ui';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ExperimentPanel } from '@/components/studio/experiment-panel';
import { PageEditor } from '@/components/studio/page-editor';
import { PublishPanel } from '@/components/studio/publish-panel';
import { RevisionList } from '@/components/studio/revision-list';
import { decodeRouteSegment } from '@/lib/studio/route-segment';
import { toEditorPage } from '@/lib/studio/editor-page';
import { getNodeTitles, getPageForEditing } from '@/lib/studio/pages-api';
import { pageStatusLabel } from '@/lib/studio/page-status';
import { requirePageEditor } from '@/lib/studio/studio-guard';
import {
  listCollectionsAction,
  publishNowAction,
  restoreRevisionAction,
  saveDraftAction,
  scheduleAction,
  searchProductsAction,
  unpublishAction,
} from './actions';

export const metadata: Metadata = { title: 'Edit page' };

interface StudioPageEditorProps {
  params: Promise<{ handle: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function StudioPageEditor({ params, searchParams }: StudioPageEditorProps) {
  const { token } = await requirePageEditor();
  const { handle } = await params;
  const { restored } = await searchParams;
  const decoded = decodeRouteSegment(handle);
  if (decoded === null) notFound();
  const page = await getPageForEditing(token, decoded);
  if (!page) notFound();
  const editor = toEditorPage(page);
  const titles = await getNodeTitles(token, editor.referencedIds);

  return (
    <>
      <p>
        <Link href="/studio/pages">← All pages</Link>
      </p>
      <PageHeading title={page.title} subtitle={`${pageStatusLabel(page)} · /pages/${page.handle}`} />
      <PublishPanel
        pageId={page.id}
        status={page.status}
        publishAt={page.publishAt}
        hasUnpublishedChanges={page.hasUnpublishedChanges}
        publishNowAction={publishNowAction}
        scheduleAction={scheduleAction}
        unpublishAction={unpublishAction}
      />
      {/* Keeps unsaved edits across a publish (refresh); starts over from the draft after a restore. */}
      <PageEditor
        key={`${page.id}:${typeof restored === 'string' ? restored : ''}`}
        pageId={page.id}
        initial={editor}
        initialTitles={titles}
        saveDraft={saveDraftAction}
        searchProducts={searchProductsAction}
        listCollections={listCollectionsAction}
      />
      <ExperimentPanel
        pageId={page.id}
        published={page.status === 'PUBLISHED'}
        blocks={editor.blocks}
        titles={titles}
        images={editor.images}
        experiment={page.experiment}
        searchProducts={searchProductsAction}
        listCollections={listCollectionsAction}
      />
      <RevisionList pageId={page.id} revisions={page.revisions} restoreAction={restoreRevisionAction} />
    </>
  );
}
