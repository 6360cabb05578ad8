import { describe, expect, it } from 'vitest';
import { PageHeading } from './page-heading';
import { render } from './test-utils';

describe('PageHeading', () => {
  it('renders the title as h1 with the subtitle below', () => {
    const html = render(<PageHeading title="Shirts" subtitle="24 products" />);
    expect(html).toBe(
      '<div class="heading"><h1 class="title">Shirts</h1><div class="subtitle">24 products</div></div>',
    );
  });

  it('omits the subtitle when there is none', () => {
    expect(render(<PageHeading title="Cart" />)).not.toContain('subtitle');
  });
});
