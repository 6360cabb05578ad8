import { formatMoney } from '@commerce/ui';
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStudioStaff } from '@/lib/studio/studio-guard';
import { searchProducts } from './products-api';
import styles from './products.module.css';

export const metadata: Metadata = { title: 'Products' };

interface StudioProductsPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function StudioProductsPage({ searchParams }: StudioProductsPageProps) {
  const staff = await requireStudioStaff();
  const q = (await searchParams).q;
  const query = (typeof q === 'string' ? q : '').trim().slice(0, 200);
  const products = await searchProducts(staff.token, query);
  return (
    <div className={styles.page}>
      <h1>Products</h1>
      <form role="search" aria-label="Catalog" action="/studio/products" className={styles.search}>
        <label htmlFor="product-search">Find products</label>
        <input id="product-search" name="q" type="search" defaultValue={query} />
        <button type="submit">Find</button>
      </form>
      {products.length ? (
        <ul className={styles.list} aria-label={query ? `Products matching “${query}”` : 'Products'}>
          {products.map((product) => (
            <li key={product.id}>
              <Link href={`/studio/products/${encodeURIComponent(product.handle)}`}>{product.title}</Link>{' '}
              <span className={styles.price}>from {formatMoney(product.priceRange.minVariantPrice)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>No products match “{query}”.</p>
      )}
    </div>
  );
}
