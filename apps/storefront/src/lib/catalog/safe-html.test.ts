import { describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { safeDescriptionHtml } = await import('./safe-html');

describe('safeDescriptionHtml', () => {
  it('keeps formatting and links on the shop or over http(s)', () => {
    expect(safeDescriptionHtml('<p><strong>Hi</strong> <a href="/pages/sale">sale</a></p>')).toBe(
      '<p><strong>Hi</strong> <a href="/pages/sale" rel="noopener nofollow">sale</a></p>',
    );
  });

  // Cached pages go to everyone: a protocol-relative `//host` link leaves the shop as surely as
  // `https://host` but reads like a path (the content API refuses both forms on save).
  it('drops script, handlers, javascript: and protocol-relative links', () => {
    const html = safeDescriptionHtml(
      '<p onclick="x()">a</p><script>alert(1)</script><a href="javascript:alert(1)">j</a><a href="//evil.example/x">p</a><a href="/\\evil.example">b</a>',
    );
    expect(html).not.toMatch(/onclick|<script|javascript:|evil\.example/);
  });
});
