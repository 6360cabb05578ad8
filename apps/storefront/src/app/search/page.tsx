import { EmptyState, PageHeading, SearchForm } from '@commerce/ui';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ProductListing } from '@/components/listing/product-listing';
import { MAX_QUERY_LENGTH, searchProducts } from '@/lib/catalog/search-products';
import { normaliseListingParams } from '@/lib/listing/listing-params';
import { SEARCH_SORT_OPTIONS } from '@/lib/listing/sort-options';
import styles from './search-page.module.css';

// Search is public and edge-cached briefly (next.config.ts), but rendered per request: the
// variety of queries is endless, so Next.js keeps no page cache for it.
export const metadata: Metadata = {
  title: 'Search',
  robots: { index: false, follow: true },
  alternates: { canonical: '/search' },
};

interface SearchPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

function toParams(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, item);
  }
  return normaliseListingParams(params, { allowQuery: true });
}

export default async function SearchPage({ searchParams }: SearchPageProps) {
  const params = toParams(await searchParams);
  const query = (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH);
  const form = <SearchForm action="/search" name="q" label="Search products" defaultValue={query} />;

  if (!query) {
    return (
      <div className={styles.page}>
        <PageHeading title="Search" />
        {form}
        <EmptyState title="What are you looking for?">Search by product name, brand, colour or category.</EmptyState>
      </div>
    );
  }

  const results = await searchProducts(query, params);
  if (!results) notFound();
  return (
    <div className={styles.page}>
      <PageHeading title={`Results for “${query}”`} />
      {form}
      <ProductListing
        listing={results}
        pathname="/search"
        params={params}
        sortOptions={SEARCH_SORT_OPTIONS}
        backward={false}
        empty={
          <EmptyState
            title={`No results for “${query}”`}
            action={{ label: 'Browse new arrivals', href: '/collections/new-arrivals' }}
          >
            Check the spelling, or try a more general word such as “jacket” or “boots”.
          </EmptyState>
        }
      />
    </div>
  );
}
