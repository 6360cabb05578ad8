import { describe, expect, it } from 'vitest';
import { PromoBanner } from './promo-banner';
import { renderDom } from './test-utils';

describe('PromoBanner', () => {
  it('shows the text, linked when there is a link', () => {
    const v = renderDom(<PromoBanner text="Free shipping this week" href="/pages/shipping" tone="SALE" />);
    const link = v.getByRole('link', { name: 'Free shipping this week' });
    expect(link.getAttribute('href')).toBe('/pages/shipping');
    expect(v.html).toContain('sale');
  });

  it('is plain text without a link, and falls back to the info tone for unknown tones', () => {
    const v = renderDom(<PromoBanner text="Store closed Monday" tone="SHOUT" />);
    expect(v.queryByRole('link')).toBeNull();
    expect(v.getByText('Store closed Monday')).toBeTruthy();
    expect(v.html).toContain('info');
  });

  it('says a warning is one to screen readers too, not by colour alone', () => {
    const v = renderDom(<PromoBanner text="Orders ship late" tone="WARNING" />);
    expect(v.body.textContent).toContain('Warning:');
    expect(v.html).toContain('warning');
  });
});
