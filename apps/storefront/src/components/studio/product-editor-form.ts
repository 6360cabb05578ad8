import { z } from 'zod';
import type { ProductDraft, ProductErrors, ProductValue } from './product-editor-state';

// The product form's round trip: what it posts read back into a draft, the values it was loaded
// with (to send only this editor's changes), and what the server action answers.

/** The submitted form as a draft: the product's variants, each with what was typed for it. */
export function draftFromForm(form: FormData, original: ProductValue): ProductDraft {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  return {
    title: text('title'),
    description: text('description'),
    tags: text('tags'),
    variants: original.variants.map((variant) => ({
      id: variant.id,
      title: variant.title,
      price: text(`price:${variant.id}`),
      compareAtPrice: text(`compareAtPrice:${variant.id}`),
      stock: text(`stock:${variant.id}`),
    })),
  };
}

const loadedSchema = z.object({
  title: z.string(),
  description: z.string(),
  tags: z.array(z.string()),
  variants: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      price: z.object({ amount: z.string() }),
      compareAtPrice: z.object({ amount: z.string() }).nullable(),
    }),
  ),
});

/** The values the form was loaded with (a hidden field), to compare the draft against on save. */
export function serializeLoaded(product: ProductValue): string {
  return JSON.stringify({
    title: product.title,
    description: product.description,
    tags: product.tags,
    variants: product.variants.map(({ id, title, price, compareAtPrice }) => ({
      id,
      title,
      price: { amount: price.amount },
      compareAtPrice: compareAtPrice ? { amount: compareAtPrice.amount } : null,
    })),
  });
}

/**
 * What the form was loaded with, or the product as it is now when that is missing or unreadable.
 * Comparing with the loaded values sends only this editor's changes: a field someone else changed
 * meanwhile, and this editor left alone, is not overwritten with the old value.
 */
export function loadedFromForm(form: FormData, current: ProductValue): ProductValue {
  const raw = form.get('loaded');
  if (typeof raw !== 'string' || raw.length > 512 * 1024) return current;
  try {
    const parsed = loadedSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : current;
  } catch {
    return current;
  }
}

/** What the product form's server action answers (plain values, for useActionState). */
export interface ProductEditorState {
  message: { tone: 'error' | 'success'; text: string } | null;
  errors: ProductErrors;
  /** What was typed, to refill the form after a refusal; null shows the product as loaded. */
  draft: ProductDraft | null;
  /** Set on a save that went through: the form starts again from the saved product. */
  savedAt?: number;
}

export const initialProductEditorState: ProductEditorState = {
  message: null,
  errors: { fields: {}, variants: {} },
  draft: null,
};
