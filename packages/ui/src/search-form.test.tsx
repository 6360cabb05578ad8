import { describe, expect, it } from 'vitest';
import { SearchForm } from './search-form';
import { renderDom } from './test-utils';

describe('SearchForm', () => {
  const view = () =>
    renderDom(
      <SearchForm
        action="/search"
        name="q"
        label="Search products"
        defaultValue="linen"
        placeholder="Try “linen shirt”"
      />,
    );

  it('is a GET search landmark named by its visible label', () => {
    const form = view().getByRole('search', { name: 'Search products' });
    expect(form.getAttribute('action')).toBe('/search');
    expect(form.getAttribute('method')).toBe('get');
  });

  it('labels the search input and keeps the query', () => {
    const input = view().getByRole('searchbox', { name: 'Search products' }) as HTMLInputElement;
    expect(input.name).toBe('q');
    expect(input.value).toBe('linen');
    expect(input.placeholder).toBe('Try “linen shirt”');
  });

  it('has a submit button named "Search"', () => {
    expect(view().getByRole('button', { name: 'Search' }).getAttribute('type')).toBe('submit');
  });
});
