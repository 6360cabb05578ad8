import { describe, expect, it } from 'vitest';
import { CollectionTile } from './collection-tile';
import { render, textOf } from './test-utils';

describe('CollectionTile', () => {
  it('is one link named by the title, with the image slot inside', () => {
    const html = render(<CollectionTile href="/collections/summer" title="Summer" image={<span className="slot" />} />);
    expect(html).toMatch(/^<a href="\/collections\/summer" class="tile">/);
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toContain('<span class="media"><span class="slot"></span></span>');
    expect(textOf(html)).toBe('Summer→');
    expect(html).toContain('aria-hidden="true">→');
  });

  it('keeps the image box when there is no image, so tiles line up', () => {
    expect(render(<CollectionTile href="/c" title="All" />)).toContain('<span class="media"></span>');
  });
});
