import { describe, expect, it } from 'vitest';
import { FormMessage } from './form-message';
import { render, textOf } from './test-utils';

describe('FormMessage', () => {
  it('uses role="alert" for errors', () => {
    const html = render(<FormMessage tone="error">Wrong password.</FormMessage>);
    expect(html).toMatch(/^<div role="alert" class="message error">/);
    expect(textOf(html)).toBe('Wrong password.');
  });

  it('uses role="status" for success and info', () => {
    expect(render(<FormMessage tone="success">Saved.</FormMessage>)).toMatch(
      /^<div role="status" class="message success">/,
    );
    expect(render(<FormMessage tone="info">Note.</FormMessage>)).toMatch(/^<div role="status" class="message info">/);
  });

  it('keeps its icon out of the accessibility tree', () => {
    expect(render(<FormMessage tone="info">Note.</FormMessage>)).toContain('aria-hidden="true"');
  });
});
