'use client';

import { FormMessage, TextField } from '@commerce/ui';
import { useActionState } from 'react';
import { ProductEditorVariants } from './product-editor-variants';
import { initialProductEditorState, serializeLoaded, type ProductEditorState } from './product-editor-form';
import { PRODUCT_TITLE_MAX, fromProduct, type ProductValue } from './product-editor-state';
import styles from './product-editor.module.css';

export interface ProductEditorProps {
  product: ProductValue & { id: string };
  currencyCode: string;
  /** Free units per variant (null: untracked or hidden), shown beside the stock field. */
  available: Record<string, number | null>;
  /** MERCHANDISER or ADMIN: the form offers a stock figure per variant (inventorySet). */
  canSetStock: boolean;
  action: (previous: ProductEditorState, form: FormData) => Promise<ProductEditorState>;
}

/** Title, description, tags and each variant's prices (and stock, for merchandisers). */
export function ProductEditor({ product, currencyCode, available, canSetStock, action }: ProductEditorProps) {
  const [state, formAction, pending] = useActionState(action, initialProductEditorState);
  const draft = state.draft ?? fromProduct(product);

  return (
    <form key={state.savedAt ?? 0} action={formAction} className={styles.form} noValidate>
      {state.message && <FormMessage tone={state.message.tone}>{state.message.text}</FormMessage>}
      <input type="hidden" name="id" value={product.id} />
      <input type="hidden" name="loaded" value={serializeLoaded(product)} />
      <TextField
        label="Title"
        name="title"
        required
        maxLength={PRODUCT_TITLE_MAX}
        defaultValue={draft.title}
        error={state.errors.fields.title}
      />
      <div className={styles.field}>
        <label htmlFor="product-description">Description</label>
        <textarea
          id="product-description"
          name="description"
          rows={6}
          defaultValue={draft.description}
          aria-invalid={state.errors.fields.description ? true : undefined}
          aria-describedby={state.errors.fields.description ? 'product-description-error' : undefined}
        />
        {state.errors.fields.description && (
          <p id="product-description-error" className={styles.error}>
            {state.errors.fields.description}
          </p>
        )}
      </div>
      <TextField
        label="Tags"
        name="tags"
        hint="Separated by commas."
        defaultValue={draft.tags}
        error={state.errors.fields.tags}
      />
      <ProductEditorVariants
        variants={draft.variants}
        errors={state.errors.variants}
        currencyCode={currencyCode}
        available={available}
        canSetStock={canSetStock}
      />
      <div>
        <button type="submit" className={styles.primary} disabled={pending}>
          {pending ? 'Saving…' : 'Save product'}
        </button>
      </div>
    </form>
  );
}
