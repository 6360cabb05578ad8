'use server';

import { refresh } from 'next/cache';
import { unstable_rethrow } from 'next/navigation';
import {
  draftFromForm,
  initialProductEditorState,
  loadedFromForm,
  type ProductEditorState,
} from '@/components/studio/product-editor-form';
import {
  hasErrors,
  mapProductUserErrors,
  productChanges,
  stockChanges,
  validateProduct,
  type ProductUserError,
} from '@/components/studio/product-editor-state';
import { requestFailureMessage } from '@/lib/customers/user-errors';
import { requireStudioStaff } from '@/lib/studio/studio-guard';
import { canSetStock } from '@/lib/studio/studio-roles';
import { getEditableProduct, setStock, updatePrices, updateProduct } from '../products-api';

const FIX_FIELDS = 'Please correct the fields marked below.';

/**
 * Saves what changed: productUpdate for title, description and tags, variantPricesUpdate for the
 * prices, inventorySet per stock figure (merchandisers only), all at once (they touch different
 * rows). Each is refused or done on its own; a refusal, or an API that cannot be reached, keeps
 * what was typed (the calls set values, so saving again repeats nothing twice).
 */
export async function saveProduct(_previous: ProductEditorState, form: FormData): Promise<ProductEditorState> {
  const staff = await requireStudioStaff();
  const id = form.get('id');
  let draft: ProductEditorState['draft'] = null;
  try {
    const original = typeof id === 'string' ? await getEditableProduct(staff.token, { id }) : null;
    if (!original) {
      return { ...initialProductEditorState, message: { tone: 'error', text: 'This product no longer exists.' } };
    }
    draft = draftFromForm(form, original);
    // Stock figures from someone who may not set stock are not sent (the API would refuse them too).
    if (!canSetStock(staff.member.roles)) for (const variant of draft.variants) variant.stock = '';
    const errors = validateProduct(draft);
    if (hasErrors(errors)) return { message: { tone: 'error', text: FIX_FIELDS }, errors, draft };

    const { input, prices } = productChanges(loadedFromForm(form, original), draft);
    const stock = stockChanges(draft);
    if (!input && !prices.length && !stock.length) {
      return { ...initialProductEditorState, draft, message: { tone: 'success', text: 'Nothing changed.' } };
    }
    const none: ProductUserError[] = [];
    const [productErrors, priceErrors, stockErrors] = await Promise.all([
      input ? updateProduct(staff.token, original.id, input) : none,
      prices.length ? updatePrices(staff.token, prices) : none,
      Promise.all(
        stock.map(async (change) => ({
          variantId: change.variantId,
          userErrors: await setStock(staff.token, change.variantId, change.quantity),
        })),
      ),
    ]);
    const mapped = mapProductUserErrors(productErrors, priceErrors, prices, stockErrors);
    if (mapped.message) return { message: { tone: 'error', text: mapped.message }, errors: mapped.errors, draft };
    refresh();
    return {
      ...initialProductEditorState,
      message: { tone: 'success', text: 'Saved. The shop shows the change within seconds.' },
      savedAt: Date.now(),
    };
  } catch (error) {
    unstable_rethrow(error);
    console.error('product save failed:', error instanceof Error ? error.message : error);
    return { ...initialProductEditorState, draft, message: { tone: 'error', text: requestFailureMessage(error) } };
  }
}
