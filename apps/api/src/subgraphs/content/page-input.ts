import { validateBlocks } from './blocks.js';
import type { PageInput } from './generated/resolvers-types.js';
import { LIMITS, isValidHandle } from './rules.js';
import type { StoredBlock, StoredSeo } from './tables.js';
import { userError, type ContentUserError } from './user-errors.js';

export interface CheckedPageInput {
  handle?: string;
  title?: string;
  seo?: StoredSeo;
  blocks?: StoredBlock[];
}

/** A page's or menu's handle: TOO_LONG past `max`, INVALID when not lowercase words joined by dashes. */
export function checkHandle(
  handle: string,
  field: ReadonlyArray<string>,
  max: number = LIMITS.handle,
): ContentUserError | null {
  if (handle.length > max) return userError('TOO_LONG', `At most ${max} characters.`, field);
  if (!isValidHandle(handle)) {
    return userError('INVALID', 'Use lowercase letters, digits and single dashes, e.g. `winter-sale`.', field);
  }
  return null;
}

function checkText(value: string, max: number, field: string[], errors: ContentUserError[], required: boolean) {
  const trimmed = value.trim();
  if (required && trimmed.length === 0) errors.push(userError('INVALID', 'Must not be empty.', field));
  else if (trimmed.length > max) errors.push(userError('TOO_LONG', `At most ${max} characters.`, field));
  return trimmed;
}

/** Checks a PageInput field by field; `creating` requires a handle and a title. */
export function checkPageInput(
  input: PageInput,
  creating: boolean,
): { value: CheckedPageInput; errors: ContentUserError[] } {
  const errors: ContentUserError[] = [];
  const value: CheckedPageInput = {};
  if (input.handle != null) {
    const error = checkHandle(input.handle, ['input', 'handle']);
    if (error) errors.push(error);
    value.handle = input.handle;
  } else if (creating) errors.push(userError('INVALID', 'A handle is required.', ['input', 'handle']));
  if (input.title != null) value.title = checkText(input.title, LIMITS.title, ['input', 'title'], errors, true);
  else if (creating) errors.push(userError('INVALID', 'A title is required.', ['input', 'title']));
  if (input.seo != null) {
    const title = checkText(input.seo.title ?? '', LIMITS.seoTitle, ['input', 'seo', 'title'], errors, false);
    const description = checkText(
      input.seo.description ?? '',
      LIMITS.seoDescription,
      ['input', 'seo', 'description'],
      errors,
      false,
    );
    value.seo = { title: title || null, description: description || null };
  }
  if (input.blocks != null) {
    const checked = validateBlocks(input.blocks, ['input', 'blocks']);
    errors.push(...checked.errors);
    value.blocks = checked.blocks;
  }
  return { value, errors };
}
