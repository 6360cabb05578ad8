import { z } from 'zod';
import { LIMITS, isSafeUrl } from './rules.js';
import { sanitizeRichText } from './rich-text.js';
import type { StoredBlock } from './tables.js';
import { userError, type ContentUserError } from './user-errors.js';

// One zod schema per block type: the data a marketer sends is checked field by field (paths go
// back as userErrors), unknown fields are refused, links must be safe, and rich text is
// sanitised before it is stored. Products, collections and images are kept as global ids.

const gid = (type: string) =>
  z
    .string()
    .regex(new RegExp(`^gid://shop/${type}/[1-9][0-9]{0,17}$`), `Expected a ${type} id (gid://shop/${type}/<n>).`);
const text = (max: number) => z.string().trim().min(1, 'Must not be empty.').max(max, `At most ${max} characters.`);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters.`)
    .nullish()
    .transform((value) => (value ? value : null));
const safeUrl = z
  .string()
  .trim()
  .max(LIMITS.url, `At most ${LIMITS.url} characters.`)
  .refine(isSafeUrl, 'Use a path on the shop (/…) or an https:// URL.');
const optionalUrl = safeUrl
  .nullish()
  .or(z.literal(''))
  .transform((value) => (value ? value : null));

export const BLOCK_SCHEMAS = {
  HeroBlock: z.strictObject({
    heading: text(LIMITS.heading),
    subheading: optionalText(LIMITS.subheading),
    imageId: gid('Image')
      .nullish()
      .transform((value) => value ?? null),
    ctaLabel: optionalText(LIMITS.ctaLabel),
    ctaUrl: optionalUrl,
  }),
  RichTextBlock: z.strictObject({
    html: z
      .string()
      .refine((html) => Buffer.byteLength(html) <= LIMITS.richTextBytes, `At most ${LIMITS.richTextBytes} bytes.`)
      .transform(sanitizeRichText),
  }),
  ProductGridBlock: z.strictObject({
    heading: optionalText(LIMITS.heading),
    productIds: z
      .array(gid('Product'))
      .min(1, 'Pick at least one product.')
      .max(LIMITS.gridProducts, `At most ${LIMITS.gridProducts} products.`)
      .transform((ids) => [...new Set(ids)]),
  }),
  CollectionBlock: z.strictObject({
    heading: optionalText(LIMITS.heading),
    collectionId: gid('Collection'),
    limit: z.number().int().min(1).max(LIMITS.collectionLimit).default(8),
  }),
  BannerBlock: z.strictObject({
    text: text(LIMITS.bannerText),
    url: optionalUrl,
    tone: z
      .enum(['INFO', 'SALE', 'WARNING'])
      .nullish()
      .transform((value) => value ?? 'INFO'),
  }),
} as const;

export type BlockType = keyof typeof BLOCK_SCHEMAS;
export type BlockData<T extends BlockType> = z.output<(typeof BLOCK_SCHEMAS)[T]>;

export function isBlockType(type: string): type is BlockType {
  return Object.hasOwn(BLOCK_SCHEMAS, type);
}

export interface BlockInput {
  type: string;
  data: unknown;
}

/** zod issues as userErrors under `path` (e.g. ["input", "blocks", "2", "data"]). */
export function issuesToErrors(issues: readonly z.core.$ZodIssue[], path: ReadonlyArray<string | number>) {
  return issues.flatMap((issue): ContentUserError[] => {
    const at = [...path, ...issue.path.map((part) => String(part))];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => userError('INVALID', `Unknown field "${key.slice(0, 50)}".`, [...at, key]));
    }
    const code = issue.code === 'too_big' && issue.origin === 'string' ? 'TOO_LONG' : 'INVALID';
    // Schemas are parsed with reportInput, so a missing field is the only one without an input.
    const message =
      issue.code !== 'invalid_type'
        ? issue.message
        : issue.input === undefined
          ? 'Required.'
          : `Expected ${issue.expected}.`;
    return [userError(code, message, at)];
  });
}

/** Validates and sanitises blocks; the stored form, or the errors with their paths. */
export function validateBlocks(
  blocks: readonly BlockInput[],
  path: ReadonlyArray<string | number>,
): { blocks: StoredBlock[]; errors: ContentUserError[] } {
  if (blocks.length > LIMITS.blocks) {
    return { blocks: [], errors: [userError('TOO_LONG', `At most ${LIMITS.blocks} blocks.`, path)] };
  }
  const stored: StoredBlock[] = [];
  const errors: ContentUserError[] = [];
  blocks.forEach((block, index) => {
    if (!isBlockType(block.type)) {
      errors.push(
        userError('INVALID', `Unknown block type; use one of ${Object.keys(BLOCK_SCHEMAS).join(', ')}.`, [
          ...path,
          index,
          'type',
        ]),
      );
      return;
    }
    const parsed = BLOCK_SCHEMAS[block.type].safeParse(block.data, { reportInput: true });
    if (!parsed.success) {
      errors.push(...issuesToErrors(parsed.error.issues, [...path, index, 'data']));
      return;
    }
    stored.push({ type: block.type, data: parsed.data as Record<string, unknown> });
  });
  if (errors.length === 0 && countReferences(stored) > LIMITS.pageReferences) {
    errors.push(
      userError(
        'TOO_LONG',
        `A page shows at most ${LIMITS.pageReferences} products and collections in all (grid products, each collection block's limit, and its collection).`,
        path,
      ),
    );
  }
  return { blocks: stored, errors };
}

/**
 * What the storefront tags a page with for its blocks: each product of its grids, each
 * collection, and up to `limit` products per collection block (counted in full: which products
 * those are changes with the collection). A product in two grids is one tag.
 */
export function countReferences(blocks: readonly StoredBlock[]): number {
  const ids = new Set<string>();
  let collectionProducts = 0;
  for (const block of blocks) {
    if (block.type === 'ProductGridBlock') for (const id of block.data.productIds as string[]) ids.add(id);
    if (block.type === 'CollectionBlock') {
      ids.add(block.data.collectionId as string);
      collectionProducts += block.data.limit as number;
    }
  }
  return ids.size + collectionProducts;
}
