import { describe, expect, it } from 'vitest';
import { mapPageUserErrors } from './page-user-errors';

const keys = ['b1', 'b2', 'b3'];

describe('mapPageUserErrors', () => {
  it('puts a block field’s error under that block’s field', () => {
    const mapped = mapPageUserErrors(
      [
        { field: ['input', 'blocks', '1', 'data', 'heading'], message: 'Must not be empty.', code: 'INVALID' },
        {
          field: ['input', 'blocks', '2', 'data', 'productIds', '0'],
          message: 'Expected a Product id.',
          code: 'INVALID',
        },
      ],
      keys,
    );
    expect(mapped.blocks).toEqual({
      b2: { heading: 'Must not be empty.' },
      b3: { productIds: 'Expected a Product id.' },
    });
    expect(mapped.form).toEqual([]);
  });

  it('joins two messages for the same field', () => {
    const mapped = mapPageUserErrors(
      [
        { field: ['input', 'blocks', '0', 'data', 'ctaUrl'], message: 'Too long.', code: 'TOO_LONG' },
        { field: ['input', 'blocks', '0', 'data', 'ctaUrl'], message: 'Use a path.', code: 'INVALID' },
      ],
      keys,
    );
    expect(mapped.blocks.b1?.ctaUrl).toBe('Too long. Use a path.');
  });

  it('puts a block’s own error (type, unknown) under the block', () => {
    const mapped = mapPageUserErrors(
      [{ field: ['input', 'blocks', '0', 'type'], message: 'Unknown block type.', code: 'INVALID' }],
      keys,
    );
    expect(mapped.blocks.b1).toEqual({ block: 'Unknown block type.' });
  });

  it('maps page fields: handle, title and SEO', () => {
    const mapped = mapPageUserErrors(
      [
        { field: ['input', 'handle'], message: 'Taken.', code: 'TAKEN' },
        { field: ['input', 'title'], message: 'Required.', code: 'INVALID' },
        { field: ['input', 'seo', 'description'], message: 'Too long.', code: 'TOO_LONG' },
      ],
      keys,
    );
    expect(mapped.page).toEqual({ handle: 'Taken.', title: 'Required.', seoDescription: 'Too long.' });
  });

  it('keeps the rest (no field, a block index we do not have, too many blocks) for the form', () => {
    const mapped = mapPageUserErrors(
      [
        { field: null, message: 'Page not found.', code: 'NOT_FOUND' },
        { field: ['input', 'blocks', '9', 'data', 'text'], message: 'Required.', code: 'INVALID' },
        { field: ['input', 'blocks'], message: 'At most 50 blocks.', code: 'TOO_LONG' },
      ],
      keys,
    );
    expect(mapped.form).toEqual(['Page not found.', 'Required.', 'At most 50 blocks.']);
    expect(mapped.blocks).toEqual({});
  });

  it('maps publishAt to its own field', () => {
    const mapped = mapPageUserErrors(
      [{ field: ['publishAt'], message: 'Pick a time in the future.', code: 'IN_THE_PAST' }],
      keys,
    );
    expect(mapped.page).toEqual({ publishAt: 'Pick a time in the future.' });
  });
});
