import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Button, ButtonLink } from './button';

describe('Button', () => {
  it('renders a native button with its variant and passes attributes through', () => {
    const html = renderToStaticMarkup(
      <Button variant="secondary" type="submit" disabled name="intent" value="save">
        Save
      </Button>,
    );
    expect(html).toMatch(/^<button class="button secondary"/);
    expect(html).toContain('type="submit"');
    expect(html).toContain('disabled=""');
    expect(html).toContain('name="intent"');
    expect(html).toContain('>Save</button>');
  });

  it('defaults to the primary look and keeps an extra class', () => {
    const html = renderToStaticMarkup(<Button className="wide">Go</Button>);
    expect(html).toContain('class="button primary wide"');
    expect(html).not.toContain('disabled');
  });
});

describe('ButtonLink', () => {
  it('is a link, not a button', () => {
    const html = renderToStaticMarkup(<ButtonLink href="/collections/new">Shop new</ButtonLink>);
    expect(html).toBe('<a href="/collections/new" class="button primary">Shop new</a>');
  });
});
