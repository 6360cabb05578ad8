import type { GraphQLError } from 'graphql';
import { idOfType } from '../../../platform/graphql/global-id.js';
import { formatCents } from '../../../platform/money.js';
import { escapeMarkup } from '../../../platform/text.js';

// Pure checks of merchandising input: what a staff member may set, and how it is stored.

export interface MerchandisingError {
  field: string[] | null;
  message: string;
  code: 'INVALID' | 'NOT_FOUND' | 'TOO_LONG' | 'LESS_THAN' | 'GREATER_THAN_MAX';
}

export const MAX_PRICE_CENTS = 100_000_000n; // 1,000,000.00
export const MAX_PRICES_PER_CHANGE = 250;
export const MAX_TITLE_LENGTH = 255;
export const MAX_TAGS = 250;
export const MAX_TAG_LENGTH = 255;
export const MAX_DESCRIPTION_BYTES = 64 * 1024;

// eslint-disable-next-line no-control-regex -- refusing them is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const DECIMAL = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

/** A decimal string as cents, or the error: up to two places, > 0, ≤ 1,000,000. Never through a float. */
export function parsePrice(value: string, field: string[]): number | MerchandisingError {
  const match = DECIMAL.exec(value.trim());
  if (!match) {
    return { field, message: 'Enter an amount with at most two decimals, e.g. 24.95.', code: 'INVALID' };
  }
  const cents = BigInt(match[2]!) * 100n + BigInt((match[3] ?? '').padEnd(2, '0'));
  if (match[1] === '-' || cents === 0n) return { field, message: 'The amount must be more than 0.', code: 'LESS_THAN' };
  if (cents > MAX_PRICE_CENTS) {
    return { field, message: 'The amount cannot be more than 1,000,000.', code: 'GREATER_THAN_MAX' };
  }
  return Number(cents);
}

export interface PriceInput {
  variantId: string;
  price: string;
  compareAtPrice?: string | null;
}
export interface CheckedPrice {
  variantId: number;
  price: string;
  compareAtPrice: string | null;
}

type IdType = 'Product' | 'ProductVariant';
const NOT_FOUND_MESSAGES: Record<IdType, string> = {
  Product: 'No product has this id.',
  ProductVariant: 'No product variant has this id.',
};

export const notFoundError = (type: IdType, field: string[]): MerchandisingError => ({
  field,
  message: NOT_FOUND_MESSAGES[type],
  code: 'NOT_FOUND',
});

/** The numeric id of a `type` global id given at `field`: malformed is INVALID, another type NOT_FOUND. */
export function parseIdOf(type: IdType, value: string, field: string[]): number | MerchandisingError {
  try {
    const id = idOfType(value, type, field.at(-1));
    if (id != null) return id;
  } catch (error) {
    return { field, message: (error as GraphQLError).message, code: 'INVALID' };
  }
  return notFoundError(type, field);
}

const isError = (value: unknown): value is MerchandisingError => typeof value === 'object' && value !== null;

/** Checks every price of a variantPricesUpdate; the change is all or nothing. */
export function checkPriceInputs(inputs: readonly PriceInput[]): {
  prices: CheckedPrice[];
  errors: MerchandisingError[];
} {
  if (inputs.length === 0) {
    return { prices: [], errors: [{ field: ['prices'], message: 'Give at least one price.', code: 'INVALID' }] };
  }
  if (inputs.length > MAX_PRICES_PER_CHANGE) {
    const message = `At most ${MAX_PRICES_PER_CHANGE} prices in one change.`;
    return { prices: [], errors: [{ field: ['prices'], message, code: 'TOO_LONG' }] };
  }
  const prices: CheckedPrice[] = [];
  const errors: MerchandisingError[] = [];
  const seen = new Set<number>();
  inputs.forEach((input, index) => {
    const at = (name: string) => ['prices', String(index), name];
    const variantId = parseIdOf('ProductVariant', input.variantId, at('variantId'));
    if (isError(variantId)) return errors.push(variantId);
    if (seen.has(variantId)) {
      return errors.push({ field: at('variantId'), message: 'This variant is named twice.', code: 'INVALID' });
    }
    seen.add(variantId);
    const price = parsePrice(input.price, at('price'));
    if (isError(price)) return errors.push(price);
    let compareAtPrice: string | null = null;
    if (input.compareAtPrice != null) {
      const compareAt = parsePrice(input.compareAtPrice, at('compareAtPrice'));
      if (isError(compareAt)) return errors.push({ ...compareAt, code: 'INVALID' });
      if (compareAt <= price) {
        const message = 'The compare-at price must be more than the price (or left out).';
        return errors.push({ field: at('compareAtPrice'), message, code: 'INVALID' });
      }
      compareAtPrice = formatCents(compareAt);
    }
    prices.push({ variantId, price: formatCents(price), compareAtPrice });
  });
  return errors.length > 0 ? { prices: [], errors } : { prices, errors };
}

export interface ProductInput {
  title?: string | null;
  description?: string | null;
  tags?: readonly string[] | null;
}
export interface ProductChanges {
  title?: string;
  description?: string;
  descriptionHtml?: string;
  tags?: string[];
}

/** Plain text to HTML: blank lines part paragraphs, single newlines become <br>, everything escaped. */
export function descriptionToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => `<p>${paragraph.split('\n').map(escapeMarkup).join('<br>')}</p>`)
    .join('');
}

function checkText(value: string, field: string[], max: number, what: string): string | MerchandisingError {
  const text = value.trim();
  if (text.length === 0 || CONTROL.test(text)) {
    return { field, message: `${what} must be 1 to ${max} characters of text.`, code: 'INVALID' };
  }
  if (text.length > max)
    return { field, message: `${what} cannot be longer than ${max} characters.`, code: 'TOO_LONG' };
  return text;
}

/** Checks a productUpdate's input; only the fields given change. */
export function checkProductInput(input: ProductInput): { changes: ProductChanges; errors: MerchandisingError[] } {
  const changes: ProductChanges = {};
  const errors: MerchandisingError[] = [];
  if (input.title === undefined && input.description === undefined && input.tags === undefined) {
    return { changes, errors: [{ field: ['input'], message: 'Nothing to change.', code: 'INVALID' }] };
  }
  if (input.title !== undefined) {
    const title = checkText(input.title ?? '', ['input', 'title'], MAX_TITLE_LENGTH, 'A title');
    if (isError(title)) errors.push(title);
    else changes.title = title;
  }
  if (input.description !== undefined) {
    const description = input.description ?? '';
    if (Buffer.byteLength(description, 'utf8') > MAX_DESCRIPTION_BYTES) {
      errors.push({
        field: ['input', 'description'],
        message: 'A description cannot be over 64 KB.',
        code: 'TOO_LONG',
      });
    } else {
      changes.description = description;
      changes.descriptionHtml = descriptionToHtml(description);
    }
  }
  if (input.tags !== undefined) {
    const tags = input.tags ?? [];
    if (tags.length > MAX_TAGS) {
      errors.push({ field: ['input', 'tags'], message: `At most ${MAX_TAGS} tags.`, code: 'TOO_LONG' });
    } else {
      const checked = tags.map((tag, index) =>
        checkText(tag, ['input', 'tags', String(index)], MAX_TAG_LENGTH, 'A tag'),
      );
      const bad = checked.filter(isError);
      if (bad.length > 0) errors.push(...bad);
      else changes.tags = [...new Set(checked as string[])];
    }
  }
  return errors.length > 0 ? { changes: {}, errors } : { changes, errors };
}
