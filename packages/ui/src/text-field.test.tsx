import { describe, expect, it } from 'vitest';
import { TextField } from './text-field';
import { render } from './test-utils';

const attr = (html: string, tag: string, name: string) => new RegExp(`<${tag}[^>]* ${name}="([^"]*)"`).exec(html)?.[1];

describe('TextField', () => {
  it('labels the input through for/id', () => {
    const html = render(<TextField label="Email" name="email" type="email" autoComplete="email" required />);
    const id = attr(html, 'input', 'id');
    expect(id).toMatch(/^email-/);
    expect(attr(html, 'label', 'for')).toBe(id);
    expect(html).toContain('>Email</label>');
    expect(html).toContain('type="email"');
    expect(html).toContain('autoComplete="email"');
    expect(html).toContain('required=""');
    expect(html).not.toContain('aria-invalid');
    expect(html).not.toContain('aria-describedby');
  });

  it('links the hint and the error, and marks the input invalid', () => {
    const html = render(
      <TextField
        label="Password"
        name="password"
        type="password"
        hint="At least 8 characters."
        error="Too short."
        minLength={8}
      />,
    );
    const described = attr(html, 'input', 'aria-describedby')?.split(' ') ?? [];
    expect(described).toHaveLength(2);
    expect(html).toContain(`<p id="${described[0]}" class="hint">At least 8 characters.</p>`);
    expect(html).toMatch(new RegExp(`<p id="${described[1]}" class="error">.*Too short\\.</p>`));
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('minLength="8"');
  });

  it('gives each instance its own ids', () => {
    const html = render(
      <form>
        <TextField label="Email" name="email" />
        <TextField label="Email" name="email" />
      </form>,
    );
    const ids = [...html.matchAll(/<input[^>]* id="([^"]*)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(2);
  });

  it('keeps the default value', () => {
    expect(render(<TextField label="Name" name="name" defaultValue="Ada" />)).toContain('value="Ada"');
  });
});
