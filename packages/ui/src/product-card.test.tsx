import { renderToStaticMarkup } from 'react-dom/server';
import { textOf } from './test-utils';
import { describe, expect, it } from 'vitest';
import { ProductCard } from './product-card';

const usd = (amount: string) => ({ amount, currencyCode: 'USD' });
const base = {
  href: '/products/linen-shirt',
  title: 'Linen shirt',
  image: <span className="image-slot" />,
  price: usd('49.00'),
};

describe('ProductCard', () => {
  it('is an article whose heading links to the product', () => {
    const html = renderToStaticMarkup(<ProductCard {...base} vendor="Acme" />);
    expect(html).toMatch(/^<article/);
    expect(html).toMatch(/<h3 [^>]*><a href="\/products\/linen-shirt" class="link">Linen shirt<\/a><\/h3>/);
    expect(html).toContain('<p class="vendor">Acme</p>');
    expect(html).toContain('<div class="media"><span class="image-slot"></span></div>');
    expect(html).toContain('$49.00');
  });

  it('puts the vendor before the title and leaves it out when missing', () => {
    const html = renderToStaticMarkup(<ProductCard {...base} vendor="Acme" />);
    expect(html.indexOf('Acme')).toBeLessThan(html.indexOf('Linen shirt'));
    expect(renderToStaticMarkup(<ProductCard {...base} vendor={null} />)).not.toContain('class="vendor"');
  });

  it('shows a "Sale" badge only when discounted', () => {
    const sale = renderToStaticMarkup(<ProductCard {...base} compareAtPrice={usd('60.00')} />);
    expect(sale).toContain('>Sale</li>');
    expect(textOf(sale)).toContain('Regular price $60.00');
    expect(renderToStaticMarkup(<ProductCard {...base} compareAtPrice={usd('49.00')} />)).not.toContain('>Sale<');
  });

  it('shows a "Sold out" badge in words, not only by dimming', () => {
    const html = renderToStaticMarkup(<ProductCard {...base} soldOut />);
    expect(html).toContain('>Sold out</li>');
    expect(renderToStaticMarkup(<ProductCard {...base} />)).not.toContain('Sold out');
  });

  it('passes a price range through', () => {
    expect(renderToStaticMarkup(<ProductCard {...base} maxPrice={usd('59.00')} />)).toContain('From $49.00');
  });
});
