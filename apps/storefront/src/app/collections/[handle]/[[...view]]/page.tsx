import { Breadcrumbs, EmptyState, PageHeading } from '@commerce/ui';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ProductListing } from '@/components/listing/product-listing';
import { TAGS, tagForId, tagPage } from '@/lib/cache-tags';
import { getCollection } from '@/lib/catalog/get-collection';
import { canonicalState } from '@/lib/internal-routes';
import { normaliseListingParams } from '@/lib/listing/listing-params';
import { SORT_OPTIONS } from '@/lib/listing/sort-options';
import styles from './collection-page.module.css';

// ISR per distinct (normalised) filter, sort and page: see proxy.ts.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

interface CollectionPageProps {
  params: Promise<{ handle: string; view?: string[] }>;
}

async function load({ params }: CollectionPageProps) {
  const { handle, view } = await params;
  const state = canonicalState(view, normaliseListingParams);
  const collection = state ? await getCollection(handle, state.toString()) : null;
  return { handle, state: state ?? new URLSearchParams(), collection };
}

export async function generateMetadata(props: CollectionPageProps): Promise<Metadata> {
  const { collection, state } = await load(props);
  if (!collection) return {};
  const filtered = [...state.keys()].some((key) => key !== 'sort_by');
  return {
    title: collection.seo.title ?? collection.title,
    description: collection.seo.description ?? collection.description.slice(0, 160),
    alternates: { canonical: `/collections/${collection.handle}` },
    // Filtered and paged variants are for shoppers, not for the index.
    robots: filtered ? { index: false, follow: true } : undefined,
    openGraph: { title: collection.title, url: `/collections/${collection.handle}` },
  };
}

export default async function CollectionPage(props: CollectionPageProps) {
  const { handle, state, collection } = await load(props);
  if (!collection) {
    // Not kept in the page cache (cache-handler.mjs stores 200s only); the edge keeps it a minute.
    await tagPage([TAGS.listings]);
    notFound();
  }
  const products = collection.products;
  await tagPage([tagForId(collection.id), TAGS.listings, ...products.nodes.map((product) => tagForId(product.id))]);
  const pathname = `/collections/${handle}`;

  return (
    <div className={styles.page}>
      <Breadcrumbs items={[{ label: 'Home', href: '/' }, { label: collection.title }]} />
      <PageHeading title={collection.title} subtitle={collection.description || undefined} />
      <ProductListing
        listing={products}
        pathname={pathname}
        params={state}
        sortOptions={SORT_OPTIONS}
        empty={
          <EmptyState title="No products match these filters" action={{ label: 'Clear filters', href: pathname }}>
            Try removing a filter or two.
          </EmptyState>
        }
      />
    </div>
  );
}
