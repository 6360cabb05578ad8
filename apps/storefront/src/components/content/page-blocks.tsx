import { PageHeading, PromoBanner } from '@commerce/ui';
import type { ContentBlock } from '@/lib/content/content-page';
import { safeContentUrl } from '@/lib/content/content-url';
import { CollectionBlock } from './collection-block';
import { HeroBlock } from './hero-block';
import { ProductGridBlock } from './product-grid-block';
import { RichTextBlock } from './rich-text-block';

export interface PageBlocksProps {
  /** The page's title: its h1 unless a hero opens the page (then the hero's heading is). */
  title: string;
  blocks: readonly ContentBlock[];
}

/**
 * A content page's blocks in order. A block type this build does not know (added to the API
 * later) is skipped, not an error: the page still renders what it can.
 */
export function PageBlocks({ title, blocks }: PageBlocksProps) {
  const leadingHero = openingHero(blocks);
  return (
    <>
      {leadingHero === -1 && <PageHeading title={title} />}
      {blocks.map((block, index) => {
        const key = `${index}-${block.__typename}`;
        switch (block.__typename) {
          case 'HeroBlock':
            return <HeroBlock key={key} block={block} leading={index === leadingHero} />;
          case 'RichTextBlock':
            return <RichTextBlock key={key} html={block.html} />;
          case 'ProductGridBlock':
            return <ProductGridBlock key={key} block={block} eager={index < 2} />;
          case 'CollectionBlock':
            return <CollectionBlock key={key} block={block} eager={index < 2} />;
          case 'BannerBlock':
            return <PromoBanner key={key} text={block.text} href={safeContentUrl(block.url)} tone={block.tone} />;
          default:
            return null;
        }
      })}
    </>
  );
}

/** The hero that opens the page (only banners above it), or -1: its heading is the h1, its image the LCP. */
function openingHero(blocks: readonly ContentBlock[]): number {
  const index = blocks.findIndex((block) => block.__typename !== 'BannerBlock');
  return index >= 0 && blocks[index]!.__typename === 'HeroBlock' ? index : -1;
}
