import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Price } from './price';
import { textOf } from './test-utils';

const usd = (amount: string) => ({ amount, currencyCode: 'USD' });

describe('Price', () => {
  it('shows a single price labelled "Price"', () => {
    const html = renderToStaticMarkup(<Price price={usd('20.00')} />);
    expect(textOf(html)).toBe('Price $20.00');
    expect(html).not.toMatch(/<s[ >]/);
  });

  it('reads "From" when the variants span a range', () => {
    expect(textOf(renderToStaticMarkup(<Price price={usd('20.00')} maxPrice={usd('35.00')} />))).toBe(
      'Price From $20.00',
    );
    expect(textOf(renderToStaticMarkup(<Price price={usd('20.00')} maxPrice={usd('20.0')} />))).toBe('Price $20.00');
  });

  it('shows the sale price and the struck-through regular price when discounted', () => {
    const html = renderToStaticMarkup(<Price price={usd('19.99')} compareAtPrice={usd('25.00')} />);
    expect(textOf(html)).toBe('Sale price $19.99 Regular price $25.00');
    expect(html).toMatch(/<s [^>]*>.*\$25\.00<\/s>/);
  });

  it('is not on sale when the compare-at price is equal or lower', () => {
    expect(textOf(renderToStaticMarkup(<Price price={usd('20.00')} compareAtPrice={usd('20')} />))).toBe(
      'Price $20.00',
    );
    expect(textOf(renderToStaticMarkup(<Price price={usd('20.00')} compareAtPrice={usd('9.99')} />))).toBe(
      'Price $20.00',
    );
  });

  it('compares decimals, not text: 100.00 is above 99.99', () => {
    const html = renderToStaticMarkup(<Price price={usd('99.99')} compareAtPrice={usd('100.00')} />);
    expect(textOf(html)).toContain('Regular price $100.00');
  });

  it('applies the size', () => {
    expect(renderToStaticMarkup(<Price price={usd('1.00')} size="lg" />)).toMatch(/class="price lg"/);
  });
});
