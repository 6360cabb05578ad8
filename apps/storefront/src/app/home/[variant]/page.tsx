import { CollectionTile, Hero, ProductGrid } from '@commerce/ui';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ProductCardItem } from '@/components/product-card-item';
import { ProductImage } from '@/components/product-image';
import { TAGS, tagForId, tagPage } from '@/lib/cache-tags';
import { getHome } from '@/lib/content/get-home';
import styles from './home-page.module.css';

// `/` renders here (see internal-routes.ts). One variant until content pages and A/B tests exist.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

const VARIANTS = ['default'];

export const metadata: Metadata = { alternates: { canonical: '/' } };

interface HomePageProps {
  params: Promise<{ variant: string }>;
}

export default async function HomePage({ params }: HomePageProps) {
  const { variant } = await params;
  if (!VARIANTS.includes(variant)) notFound();
  const home = await getHome();
  const rails = [home.newArrivals, home.bestSellers].filter((rail) => rail !== null);
  await tagPage([
    TAGS.home,
    ...home.collections.nodes.map((collection) => tagForId(collection.id)),
    ...rails.flatMap((rail) => [tagForId(rail.id), ...rail.products.nodes.map((product) => tagForId(product.id))]),
  ]);

  return (
    <div className={styles.page}>
      <Hero
        title={home.shop.name}
        text={home.shop.description}
        action={
          home.newArrivals ? { label: 'Shop new arrivals', href: `/collections/${home.newArrivals.handle}` } : null
        }
      />
      {rails.map((rail, railIndex) => (
        <section key={rail.id} className={styles.section} aria-labelledby={`rail-${rail.handle}`}>
          <div className={styles.sectionHeader}>
            <h2 id={`rail-${rail.handle}`}>{rail.title}</h2>
            <a href={`/collections/${rail.handle}`}>View all</a>
          </div>
          <ProductGrid label={rail.title}>
            {rail.products.nodes.map((product, index) => (
              <ProductCardItem key={product.id} product={product} priority={railIndex === 0 && index < 2} />
            ))}
          </ProductGrid>
        </section>
      ))}
      <section className={styles.section} aria-labelledby="shop-by-collection">
        <h2 id="shop-by-collection">Shop by collection</h2>
        <ul className={styles.collections}>
          {home.collections.nodes.map((collection) => (
            <li key={collection.id}>
              <CollectionTile
                href={`/collections/${collection.handle}`}
                title={collection.title}
                image={
                  <ProductImage
                    image={collection.image}
                    alt={collection.title}
                    sizes="(min-width: 1024px) 16vw, 45vw"
                  />
                }
              />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
