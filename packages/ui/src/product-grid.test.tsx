import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ProductGrid } from './product-grid';

describe('ProductGrid', () => {
  it('is a labelled list with one item per child', () => {
    const html = renderToStaticMarkup(
      <ProductGrid label="Products">
        <p>One</p>
        <p>Two</p>
        {null}
        {false}
        <p>Three</p>
      </ProductGrid>,
    );
    expect(html).toMatch(/^<ul class="grid" aria-label="Products" role="list">/);
    expect(html.match(/<li /g)).toHaveLength(3);
    expect(html).toContain('<li class="item"><p>One</p></li>');
  });

  it('maps arrays of keyed children', () => {
    const items = ['a', 'b'].map((id) => <span key={id}>{id}</span>);
    const html = renderToStaticMarkup(<ProductGrid label="Results">{items}</ProductGrid>);
    expect(html).toContain('<li class="item"><span>a</span></li><li class="item"><span>b</span></li>');
  });

  it('renders an empty list without items', () => {
    expect(renderToStaticMarkup(<ProductGrid label="Empty">{[]}</ProductGrid>)).not.toContain('<li');
  });
});
