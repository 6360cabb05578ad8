import { Hero } from '@commerce/ui';
import { ProductImage } from '@/components/product-image';
import type { ContentBlock } from '@/lib/content/content-page';
import { safeContentUrl } from '@/lib/content/content-url';

type HeroData = Extract<ContentBlock, { __typename: 'HeroBlock' }>;

export interface HeroBlockProps {
  block: HeroData;
  /** First on the page: its heading is the h1 and its image the likely LCP element (eager). */
  leading: boolean;
}

export function HeroBlock({ block, leading }: HeroBlockProps) {
  const href = safeContentUrl(block.ctaUrl);
  return (
    <Hero
      title={block.heading}
      text={block.subheading}
      headingLevel={leading ? 1 : 2}
      action={href && block.ctaLabel ? { label: block.ctaLabel, href } : null}
      image={
        block.image ? (
          <ProductImage
            image={block.image}
            alt={block.image.altText ?? ''}
            sizes="(min-width: 1024px) 50vw, 100vw"
            priority={leading}
          />
        ) : undefined
      }
    />
  );
}
