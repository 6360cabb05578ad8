import { describe, expect, it } from 'vitest';
import { EmptyState } from './empty-state';
import { render } from './test-utils';

describe('EmptyState', () => {
  it('shows a heading, the explanation and a way on', () => {
    const html = render(
      <EmptyState title="No results" action={{ label: 'Browse all products', href: '/search' }}>
        Try another word.
      </EmptyState>,
    );
    expect(html).toContain('<h2 class="title">No results</h2>');
    expect(html).toContain('<div class="body">Try another word.</div>');
    expect(html).toContain('<a href="/search" class="button primary">Browse all products</a>');
  });

  it('needs only a title', () => {
    const html = render(<EmptyState title="Your cart is empty" action={null} />);
    expect(html).not.toContain('<a');
    expect(html).not.toContain('body');
  });
});
