import { describe, expect, it } from 'vitest';
import { Breadcrumbs } from './breadcrumbs';
import { render, textOf } from './test-utils';

describe('Breadcrumbs', () => {
  const items = [
    { label: 'Home', href: '/' },
    { label: 'Shirts', href: '/collections/shirts' },
    { label: 'Linen shirt', href: '/products/linen-shirt' },
  ];

  it('is a labelled navigation with an ordered list', () => {
    const html = render(<Breadcrumbs items={items} />);
    expect(html).toMatch(/^<nav aria-label="Breadcrumb"[^>]*><ol/);
    expect(html.match(/<li /g)).toHaveLength(3);
    expect(textOf(html)).toBe('Home/Shirts/Linen shirt');
  });

  it('links the ancestors and marks the last item as the current page', () => {
    const html = render(<Breadcrumbs items={items} />);
    expect(html).toContain('<a href="/" class="link">Home</a>');
    expect(html).toContain('<a href="/collections/shirts" class="link">Shirts</a>');
    expect(html).not.toContain('href="/products/linen-shirt"');
    expect(html).toContain('<span aria-current="page" class="current">Linen shirt</span>');
    expect(html.match(/aria-current/g)).toHaveLength(1);
  });

  it('hides the separators from screen readers', () => {
    const html = render(<Breadcrumbs items={items} />);
    expect(html.match(/aria-hidden="true">\/<\/span>/g)).toHaveLength(2);
  });

  it('renders an ancestor without href as text', () => {
    const html = render(<Breadcrumbs items={[{ label: 'Search' }, { label: 'Results' }]} />);
    expect(html).toContain('<span>Search</span>');
    expect(html).not.toContain('<a ');
  });
});
