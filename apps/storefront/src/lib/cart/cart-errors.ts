import type { CartErrorView } from './cart-view';

interface UserErrorShape {
  field: readonly string[] | null;
  message: string;
  code: string | null;
}

/**
 * Where each userError is shown: next to the line it concerns (an update names the line by
 * id), under the discount field, or above the cart. `field` is `["lines", "<index>", …]` for
 * line inputs and `["discountCodes", …]` for codes.
 */
export function placeCartErrors(
  userErrors: readonly UserErrorShape[],
  lineIds: readonly string[] = [],
): CartErrorView[] {
  return userErrors.map((error) => {
    const [first, second] = error.field ?? [];
    let target = 'form';
    if (first === 'discountCodes' || error.code === 'DISCOUNT_CODE_NOT_APPLICABLE') target = 'discount';
    else if ((first === 'lines' || first === 'lineIds') && second != null && lineIds[Number(second)]) {
      target = lineIds[Number(second)]!;
    }
    return { target, message: error.message, code: error.code };
  });
}
