// The product editor's state: what a merchandiser types (strings, as in the inputs), the checks
// the catalog makes, the changed fields only as productUpdate and variantPricesUpdate inputs, and
// their userErrors put back under the field or the variant they name.

export const PRODUCT_TITLE_MAX = 255;
/** inventorySet's upper bound. */
export const MAX_STOCK = 1_000_000;

export interface VariantPriceDraft {
  id: string;
  title: string;
  price: string;
  compareAtPrice: string;
  /** Units on hand to set (inventorySet); blank leaves stock alone. */
  stock: string;
}

export interface ProductDraft {
  title: string;
  description: string;
  /** Comma-separated, as typed. */
  tags: string;
  variants: VariantPriceDraft[];
}

export interface ProductValue {
  title: string;
  description: string;
  tags: readonly string[];
  variants: readonly {
    id: string;
    title: string;
    price: { amount: string };
    compareAtPrice: { amount: string } | null;
  }[];
}

export type ProductField = 'title' | 'description' | 'tags';
export type PriceField = 'price' | 'compareAtPrice';
export type VariantField = PriceField | 'stock';
export interface ProductErrors {
  fields: Partial<Record<ProductField, string>>;
  /** By variant id. */
  variants: Record<string, Partial<Record<VariantField, string>>>;
}

export interface ProductUpdateValue {
  title?: string;
  description?: string;
  tags?: string[];
}
export interface VariantPriceValue {
  variantId: string;
  price: string;
  compareAtPrice: string | null;
}

export function fromProduct(product: ProductValue): ProductDraft {
  return {
    title: product.title,
    description: product.description,
    tags: product.tags.join(', '),
    variants: product.variants.map((variant) => ({
      id: variant.id,
      title: variant.title,
      price: variant.price.amount,
      compareAtPrice: variant.compareAtPrice?.amount ?? '',
      stock: '',
    })),
  };
}

export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((tag) => tag.trim()))].filter(Boolean);
}

const cents = (amount: string) => BigInt(amount.replace('.', ''));

const AMOUNT = /^\d{1,9}(\.\d+)?$/;

/** "99.5" → "99.50"; null when it is not an amount with at most two decimals. */
export function normalizeAmount(text: string): string | null {
  const value = text.trim();
  if (!AMOUNT.test(value)) return null;
  const [whole, cents = ''] = value.split('.');
  if (cents.length > 2) return null;
  return `${BigInt(whole!).toString()}.${cents.padEnd(2, '0')}`;
}

/** The catalog's bounds (variantPricesUpdate): more than 0, at most 1,000,000, two decimals. */
export const MAX_PRICE_CENTS = 100_000_000n;

function amountError(text: string, label: string): string | undefined {
  const value = text.trim();
  if (!AMOUNT.test(value)) return `Enter the ${label} as an amount, e.g. 19.99.`;
  const normalized = normalizeAmount(value);
  if (normalized === null) return `Use at most 2 decimals (cents).`;
  const amount = cents(normalized);
  if (amount <= 0n) return `The ${label} must be more than 0.`;
  if (amount > MAX_PRICE_CENTS) return `The ${label} can be at most 1,000,000.`;
  return undefined;
}

export function validateProduct(draft: ProductDraft): ProductErrors {
  const errors: ProductErrors = { fields: {}, variants: {} };
  const title = draft.title.trim();
  if (!title) errors.fields.title = 'Enter a title.';
  else if (title.length > PRODUCT_TITLE_MAX) errors.fields.title = `At most ${PRODUCT_TITLE_MAX} characters.`;
  const tags = parseTags(draft.tags);
  if (tags.length > 250) errors.fields.tags = 'At most 250 tags.';
  else if (tags.some((tag) => tag.length > 255)) errors.fields.tags = 'Each tag can have at most 255 characters.';
  if (new TextEncoder().encode(draft.description).length > 64 * 1024) {
    errors.fields.description = 'At most 64 KB of text.';
  }
  for (const variant of draft.variants) {
    const found: Partial<Record<VariantField, string>> = {};
    const price = amountError(variant.price, 'price');
    if (price) found.price = price;
    if (variant.compareAtPrice.trim()) {
      const compareAt = amountError(variant.compareAtPrice, 'compare-at price');
      if (compareAt) found.compareAtPrice = compareAt;
      else if (!price && cents(normalizeAmount(variant.compareAtPrice)!) <= cents(normalizeAmount(variant.price)!)) {
        found.compareAtPrice = 'Must be more than the price (it shows as the price before the sale), or left empty.';
      }
    }
    const stock = variant.stock.trim();
    if (stock && (!/^\d{1,7}$/.test(stock) || Number(stock) > MAX_STOCK)) {
      found.stock = `Enter a whole number from 0 to ${MAX_STOCK.toLocaleString('en-US')}, or leave it blank.`;
    }
    if (Object.keys(found).length) errors.variants[variant.id] = found;
  }
  return errors;
}

export function hasErrors(errors: ProductErrors): boolean {
  return Object.keys(errors.fields).length > 0 || Object.keys(errors.variants).length > 0;
}

/** The changed fields and prices of a valid draft; `input` null when no product field changed. */
export function productChanges(
  original: ProductValue,
  draft: ProductDraft,
): { input: ProductUpdateValue | null; prices: VariantPriceValue[] } {
  const input: ProductUpdateValue = {};
  if (draft.title.trim() !== original.title) input.title = draft.title.trim();
  if (draft.description.trim() !== original.description.trim()) input.description = draft.description.trim();
  const tags = parseTags(draft.tags);
  if (tags.join('\u0000') !== original.tags.join('\u0000')) input.tags = tags;
  const prices: VariantPriceValue[] = [];
  for (const variant of draft.variants) {
    const before = original.variants.find((candidate) => candidate.id === variant.id);
    const price = normalizeAmount(variant.price);
    if (!before || price === null) continue;
    const compareAtPrice = variant.compareAtPrice.trim() ? normalizeAmount(variant.compareAtPrice) : null;
    const beforeCompareAt = before.compareAtPrice ? normalizeAmount(before.compareAtPrice.amount) : null;
    if (price !== normalizeAmount(before.price.amount) || compareAtPrice !== beforeCompareAt) {
      prices.push({ variantId: variant.id, price, compareAtPrice });
    }
  }
  return { input: Object.keys(input).length ? input : null, prices };
}

/** One inventorySet per variant given a figure (a valid draft). */
export function stockChanges(draft: ProductDraft): { variantId: string; quantity: number }[] {
  return draft.variants
    .filter((variant) => variant.stock.trim())
    .map((variant) => ({ variantId: variant.id, quantity: Number(variant.stock.trim()) }));
}

export interface ProductUserError {
  field: readonly string[] | null;
  message: string;
  code: string | null;
}

const FIX_FIELDS_MESSAGE = 'Please correct the fields marked below.';

/**
 * productUpdate's errors (`["input", "title"]`) by field; variantPricesUpdate's
 * (`["prices", "1", "price"]`) by the variant sent at that index. The rest become the message.
 */
export function mapProductUserErrors(
  productErrors: readonly ProductUserError[],
  priceErrors: readonly ProductUserError[],
  pricesSent: readonly VariantPriceValue[],
  stockErrors: readonly { variantId: string; userErrors: readonly ProductUserError[] }[] = [],
): { errors: ProductErrors; message: string | null } {
  const errors: ProductErrors = { fields: {}, variants: {} };
  const messages: string[] = [];
  const add = (existing: string | undefined, message: string) => (existing ? `${existing} ${message}` : message);
  for (const error of productErrors) {
    const name = error.field?.[0] === 'input' ? error.field[1] : undefined;
    if (name === 'title' || name === 'description' || name === 'tags') {
      errors.fields[name] = add(errors.fields[name], error.message);
    } else if (!messages.includes(error.message)) messages.push(error.message);
  }
  for (const error of priceErrors) {
    const field = error.field ?? [];
    const sent = field[0] === 'prices' ? pricesSent[Number(field[1])] : undefined;
    const name = field[2];
    if (sent && (name === 'price' || name === 'compareAtPrice')) {
      const variant = (errors.variants[sent.variantId] ??= {});
      variant[name] = add(variant[name], error.message);
    } else if (!messages.includes(error.message)) messages.push(error.message);
  }
  for (const { variantId, userErrors } of stockErrors) {
    for (const error of userErrors) {
      const variant = (errors.variants[variantId] ??= {});
      variant.stock = add(variant.stock, error.message);
    }
  }
  const message = messages.join(' ') || (hasErrors(errors) ? FIX_FIELDS_MESSAGE : null);
  return { errors, message };
}
