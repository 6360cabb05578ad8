import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ExperimentBeacon } from '@/components/content/experiment-beacon';
import { PageBlocks } from '@/components/content/page-blocks';
import styles from '@/components/content/content-blocks.module.css';
import { tagPage } from '@/lib/cache-tags';
import { draftTarget } from '@/lib/content/draft-access';
import { loadPage } from '@/lib/content/load-page';
import { contentPageTags } from '@/lib/content/page-tags';

// `/pages/<handle>` renders here: the proxy adds the shopper's A/B decile (`x-ab-bucket` from the
// edge), so a page under test is cached once per decile and a page without one the same in all.
// Asked for directly, this path is a 404 (proxy.ts).
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

interface ContentPageProps {
  params: Promise<{ handle: string; bucket: string }>;
}

async function load({ params }: ContentPageProps) {
  const { handle, bucket } = await params;
  return { handle, ...(await loadPage(handle, bucket)) };
}

export async function generateMetadata(props: ContentPageProps): Promise<Metadata> {
  const { page, draft } = await load(props);
  if (!page) return {};
  const path = draftTarget(page.handle);
  return {
    title: page.seo.title ?? page.title,
    description: page.seo.description ?? undefined,
    alternates: { canonical: path },
    openGraph: { title: page.seo.title ?? page.title, url: path },
    robots: draft ? { index: false, follow: false } : undefined,
  };
}

export default async function ContentPageRoute(props: ContentPageProps) {
  const { handle, page, draft } = await load(props);
  if (!page) {
    // Not kept by Next.js (cache-handler.mjs stores 200s only) and only seconds at the edge
    // (default.vcl), so a page published later shows at once; tagged for the purge all the same.
    if (!draft) await tagPage([`page-handle:${handle}`]);
    notFound();
  }
  if (!draft) await tagPage(contentPageTags(page));
  return (
    <div className={styles.page}>
      <PageBlocks title={page.title} blocks={page.blocks} />
      {!draft && <ExperimentBeacon pageId={page.id} variant={page.variant} />}
    </div>
  );
}
