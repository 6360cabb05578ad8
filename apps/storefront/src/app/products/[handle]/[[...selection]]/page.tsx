import { Breadcrumbs, ProductGallery } from '@commerce/ui';
import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { ProductImage } from '@/components/product-image';
import { ProductPurchase } from '@/components/product/product-purchase';
import { TAGS, tagForId, tagPage } from '@/lib/cache-tags';
import { getProduct } from '@/lib/catalog/get-product';
import { openGraphImage } from '@/lib/catalog/og-image';
import { productJsonLd, serializeJsonLd } from '@/lib/catalog/product-json-ld';
import { safeDescriptionHtml } from '@/lib/catalog/safe-html';
import { knownVariantParams, normaliseVariantParams, selectVariant } from '@/lib/catalog/variant-params';
import { canonicalState } from '@/lib/internal-routes';
import { absoluteUrl } from '@/lib/site';
import styles from './product-page.module.css';

// ISR: rendered on first request, then served from the page cache until a tag is revalidated.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

interface ProductPageProps {
  params: Promise<{ handle: string; selection?: string[] }>;
}

export async function generateMetadata({ params }: ProductPageProps): Promise<Metadata> {
  const { handle } = await params;
  const product = await getProduct(handle);
  if (!product) return {};
  const description = product.seo.description ?? product.description.slice(0, 160);
  return {
    title: product.seo.title ?? product.title,
    description,
    alternates: { canonical: `/products/${product.handle}` },
    openGraph: {
      type: 'website',
      title: product.title,
      description,
      url: `/products/${product.handle}`,
      images: product.featuredImage ? [openGraphImage(product.featuredImage)] : [],
    },
  };
}

export default async function ProductPage({ params }: ProductPageProps) {
  const { handle, selection } = await params;
  const state = canonicalState(selection, normaliseVariantParams);
  const product = state ? await getProduct(handle) : null;
  if (!product || !state) {
    // Not kept in the page cache (cache-handler.mjs stores 200s only); the edge keeps it a minute.
    await tagPage([TAGS.listings]);
    notFound();
  }
  const known = knownVariantParams(product.options, state);
  if (known.size < state.size) {
    // Invented option keys or values: one redirect (never cached) instead of one cached page each.
    redirect(`/products/${product.handle}${known.size ? `?${known.toString()}` : ''}`);
  }
  await tagPage([tagForId(product.id)]);

  const variants = product.variants.nodes;
  const selected = selectVariant(variants, state) ?? variants[0];
  const collection = product.collections.nodes[0];
  const images = product.images.nodes;

  return (
    <article className={styles.page}>
      <Breadcrumbs
        items={[
          { label: 'Home', href: '/' },
          ...(collection ? [{ label: collection.title, href: `/collections/${collection.handle}` }] : []),
          { label: product.title },
        ]}
      />
      <div className={styles.layout}>
        <ProductGallery
          label={`${product.title} images`}
          images={images.map((image, index) => (
            <ProductImage
              key={image.id}
              image={image}
              alt={product.title}
              priority={index === 0}
              sizes={index === 0 ? '(min-width: 1024px) 55vw, 100vw' : '(min-width: 1024px) 18vw, 80vw'}
            />
          ))}
        />
        <div className={styles.details}>
          <p className={styles.vendor}>{product.vendor}</p>
          <h1 className={styles.title}>{product.title}</h1>
          {selected ? (
            <ProductPurchase
              handle={product.handle}
              title={product.title}
              options={product.options}
              variants={variants}
              initialVariantId={selected.id}
            />
          ) : null}
          <section className={styles.description} aria-label="Description">
            <div dangerouslySetInnerHTML={{ __html: safeDescriptionHtml(product.descriptionHtml) }} />
          </section>
        </div>
      </div>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{
          __html: serializeJsonLd(productJsonLd(product, absoluteUrl(`/products/${product.handle}`))),
        }}
      />
    </article>
  );
}
