import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ExperimentBeacon } from './experiment-beacon';

describe('ExperimentBeacon', () => {
  it('marks the page and the version shown, and nothing else (the HTML is cached for everyone)', () => {
    const html = renderToStaticMarkup(<ExperimentBeacon pageId="gid://shop/Page/7" variant="b" />);
    expect(html).toBe('<div hidden="" data-ab-page="gid://shop/Page/7" data-ab-variant="b"></div>');
  });

  it('renders nothing for a page under no test (Page.variant null) or an unknown version', () => {
    for (const variant of [null, undefined, '', 'c'])
      expect(renderToStaticMarkup(<ExperimentBeacon pageId="gid://shop/Page/7" variant={variant} />)).toBe('');
  });
});
