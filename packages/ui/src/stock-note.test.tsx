import { describe, expect, it } from 'vitest';
import { StockNote } from './stock-note';
import { render, renderDom, textOf } from './test-utils';

describe('StockNote', () => {
  it('is a polite live region', () => {
    const note = renderDom(<StockNote status="in-stock" />).getByRole('status');
    expect(note.tagName).toBe('P');
    expect(note.getAttribute('aria-live')).toBe('polite');
  });

  it('says the stock in words, with a decorative dot', () => {
    const html = render(<StockNote status="in-stock" />);
    expect(textOf(html)).toBe('In stock');
    expect(html).toContain('<span class="dot" aria-hidden="true"></span>');
    expect(textOf(render(<StockNote status="low-stock" quantity={3} />))).toBe('Only 3 left');
    expect(textOf(render(<StockNote status="low-stock" quantity={null} />))).toBe('Only a few left');
    expect(textOf(render(<StockNote status="sold-out" quantity={0} />))).toBe('Sold out');
  });

  it('stays empty, but present, while loading or when stock is unknown', () => {
    for (const status of ['loading', 'unavailable'] as const) {
      const html = render(<StockNote status={status} />);
      expect(html).toMatch(/^<p role="status" aria-live="polite" class="note[^"]*"><\/p>$/);
    }
  });
});
