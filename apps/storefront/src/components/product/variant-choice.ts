import type { MoneyValue } from '@commerce/ui';

export interface PurchaseVariant {
  id: string;
  title: string;
  availableForSale: boolean;
  price: MoneyValue;
  compareAtPrice: MoneyValue | null;
  selectedOptions: { name: string; value: string }[];
}

export interface PurchaseOption {
  name: string;
  values: string[];
}

function valueOf(variant: PurchaseVariant, name: string): string | undefined {
  return variant.selectedOptions.find((option) => option.name === name)?.value;
}

/**
 * The variant a shopper means when they pick `name: value` while `current` is chosen: the
 * one keeping all other options, else the closest one that can be bought.
 */
export function chooseVariant(
  variants: readonly PurchaseVariant[],
  current: PurchaseVariant,
  name: string,
  value: string,
  isAvailable: (variant: PurchaseVariant) => boolean,
): PurchaseVariant {
  const withValue = variants.filter((variant) => valueOf(variant, name) === value);
  const score = (variant: PurchaseVariant) =>
    variant.selectedOptions.filter((option) => option.name !== name && valueOf(current, option.name) === option.value)
      .length;
  const ranked = [...withValue].sort((a, b) => score(b) - score(a) || Number(isAvailable(b)) - Number(isAvailable(a)));
  return ranked[0] ?? current;
}

/**
 * Whether picking `name: value` ends on a variant that can be bought: the same rule as
 * chooseVariant, so a value shown as available never leads to a sold-out variant.
 */
export function isValueAvailable(
  variants: readonly PurchaseVariant[],
  current: PurchaseVariant,
  name: string,
  value: string,
  isAvailable: (variant: PurchaseVariant) => boolean,
): boolean {
  if (!variants.some((variant) => valueOf(variant, name) === value)) return false;
  return isAvailable(chooseVariant(variants, current, name, value, isAvailable));
}
