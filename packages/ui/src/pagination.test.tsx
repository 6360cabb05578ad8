import { describe, expect, it } from 'vitest';
import { Pagination } from './pagination';
import { render, renderDom } from './test-utils';

describe('Pagination', () => {
  it('is a navigation landmark with prev/next links', () => {
    const view = renderDom(<Pagination previousHref="/c?before=a" nextHref="/c?after=b" summary="Page 2 of 5" />);
    view.getByRole('navigation', { name: 'Pagination' });
    const previous = view.getByRole('link', { name: 'Previous page' });
    const next = view.getByRole('link', { name: 'Next page' });
    expect(previous.getAttribute('href')).toBe('/c?before=a');
    expect(previous.getAttribute('rel')).toBe('prev');
    expect(next.getAttribute('href')).toBe('/c?after=b');
    expect(next.getAttribute('rel')).toBe('next');
    expect(view.getByText('Page 2 of 5').tagName).toBe('P');
  });

  it('shows a missing direction as disabled text, not a link', () => {
    const view = renderDom(<Pagination nextHref="/c?after=b" />);
    expect(view.queryByRole('link', { name: 'Previous page' })).toBeNull();
    expect(view.getAllByRole('link')).toHaveLength(1);
    expect(view.html).toMatch(
      /<span aria-disabled="true"[^>]*><span aria-hidden="true">←<\/span> Previous page<\/span>/,
    );
  });

  it('renders nothing when there is nothing to page', () => {
    expect(render(<Pagination previousHref={null} nextHref={null} />)).toBe('');
  });
});
