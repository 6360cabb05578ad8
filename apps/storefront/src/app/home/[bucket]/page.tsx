import { CollectionTile, Hero, ProductGrid } from '@commerce/ui';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ProductCardItem } from '@/components/product-card-item';
import { ProductImage } from '@/components/product-image';
import { TAGS, tagForId, tagPage } from '@/lib/cache-tags';
import { ExperimentBeacon } from '@/components/content/experiment-beacon';
import { PageBlocks } from '@/components/content/page-blocks';
import { HOME_PAGE_HANDLE } from '@/lib/content/content-page';
import { getHome } from '@/lib/content/get-home';
import { loadPage } from '@/lib/content/load-page';
import { contentPageTags } from '@/lib/content/page-tags';
import { parseBucketSegment } from '@/lib/content/page-variant';
import blockStyles from '@/components/content/content-blocks.module.css';
import homeStyles from './home-page.module.css';

// `/` renders here with the shopper's A/B decile (proxy.ts; asked for directly, a 404): the
// marketers' `home` page when it is published, else the merchandised home below. Either way the
// page carries `page:home`, so publishing or unpublishing the home page replaces it.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

interface HomePageProps {
  params: Promise<{ bucket: string }>;
}

const load = async ({ params }: HomePageProps) => loadPage(HOME_PAGE_HANDLE, (await params).bucket);

export async function generateMetadata(props: HomePageProps): Promise<Metadata> {
  const { page, draft } = await load(props);
  return {
    alternates: { canonical: '/' },
    ...(page && {
      title: page.seo.title ? { absolute: page.seo.title } : undefined,
      description: page.seo.description ?? undefined,
    }),
    robots: draft ? { index: false, follow: false } : undefined,
  };
}

export default async function HomePage(props: HomePageProps) {
  const { bucket } = await props.params;
  if (parseBucketSegment(bucket) === null) notFound();
  const { page, draft } = await load(props);
  if (page) {
    if (!draft) await tagPage(contentPageTags(page));
    return (
      <div className={blockStyles.page}>
        <PageBlocks title={page.title} blocks={page.blocks} />
        {!draft && <ExperimentBeacon pageId={page.id} variant={page.variant} />}
      </div>
    );
  }
  const home = await getHome();
  const rails = [home.newArrivals, home.bestSellers].filter((rail) => rail !== null);
  await tagPage([
    TAGS.home,
    ...home.collections.nodes.map((collection) => tagForId(collection.id)),
    ...rails.flatMap((rail) => [tagForId(rail.id), ...rail.products.nodes.map((product) => tagForId(product.id))]),
  ]);

  return (
    <div className={blockStyles.page}>
      <Hero
        title={home.shop.name}
        text={home.shop.description}
        action={
          home.newArrivals ? { label: 'Shop new arrivals', href: `/collections/${home.newArrivals.handle}` } : null
        }
      />
      {rails.map((rail, railIndex) => (
        <section key={rail.id} className={blockStyles.section} aria-labelledby={`rail-${rail.handle}`}>
          <div className={blockStyles.sectionHeader}>
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
      <section className={blockStyles.section} aria-labelledby="shop-by-collection">
        <h2 id="shop-by-collection">Shop by collection</h2>
        <ul className={homeStyles.collections}>
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
