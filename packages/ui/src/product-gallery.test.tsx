import { describe, expect, it } from 'vitest';
import { ProductGallery } from './product-gallery';
import { renderDom } from './test-utils';

const slot = (name: string) => <span className="slot">{name}</span>;

describe('ProductGallery', () => {
  it('is a labelled region listing each image in a frame, the first as primary', () => {
    const view = renderDom(
      <ProductGallery label="Images of Linen shirt" images={[slot('front'), slot('back'), slot('detail')]} />,
    );
    const region = view.getByRole('region', { name: 'Images of Linen shirt' });
    const items = view.getAllByRole('listitem');
    expect(region.tagName).toBe('SECTION');
    expect(items).toHaveLength(3);
    expect(items[0]?.className).toBe('primary');
    expect(items[1]?.className).toBe('item');
    expect(view.html).toContain('<div class="frame"><span class="slot">front</span></div>');
  });

  it('lets keyboard users reach the scrolling row when there is more than one image', () => {
    const many = renderDom(<ProductGallery label="Images" images={[slot('a'), slot('b')]} />);
    expect(many.getByRole('list', { name: '2 images' }).getAttribute('tabindex')).toBe('0');
    const one = renderDom(<ProductGallery label="Images" images={[slot('a')]} />);
    expect(one.getByRole('list').hasAttribute('tabindex')).toBe(false);
  });

  it('shows a neutral placeholder without images', () => {
    const view = renderDom(<ProductGallery label="Images of Mug" images={[]} />);
    view.getByRole('region', { name: 'Images of Mug' });
    expect(view.queryByRole('list')).toBeNull();
    expect(view.getByText('No image available')).toBeTruthy();
  });
});
