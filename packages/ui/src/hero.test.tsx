import { describe, expect, it } from 'vitest';
import { Hero } from './hero';
import { render } from './test-utils';

describe('Hero', () => {
  it('renders the title as the h1 with text and an action link', () => {
    const html = render(
      <Hero title="New season" text="Linen for warm days." action={{ label: 'Shop now', href: '/collections/new' }} />,
    );
    expect(html).toMatch(/<h1 class="title">New season<\/h1>/);
    expect(html).toContain('<p class="text">Linen for warm days.</p>');
    expect(html).toContain('<a href="/collections/new" class="button primary">Shop now</a>');
  });

  it('leaves out missing text, action and image', () => {
    const html = render(<Hero title="Hello" text={null} action={null} />);
    expect(html).not.toContain('<p');
    expect(html).not.toContain('<a');
    expect(html).not.toContain('media');
  });

  it('places the image slot and can step the heading down', () => {
    const html = render(<Hero title="Sale" image={<span className="slot" />} headingLevel={2} />);
    expect(html).toContain('<h2 class="title">Sale</h2>');
    expect(html).toContain('<div class="media"><span class="slot"></span></div>');
    expect(html).toContain('withImage');
  });
});
