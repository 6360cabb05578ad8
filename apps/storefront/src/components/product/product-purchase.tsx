'use client';

import { Price, StockNote, VariantPicker, type StockNoteProps } from '@commerce/ui';
import { useState } from 'react';
import { AddToCartButton } from '@/components/cart/add-to-cart-button';
import { paramsForVariant } from '@/lib/catalog/variant-params';
import { useLiveStock, type LiveStock } from './use-live-stock';
import { chooseVariant, isValueAvailable, type PurchaseOption, type PurchaseVariant } from './variant-choice';

export interface ProductPurchaseProps {
  handle: string;
  title: string;
  options: PurchaseOption[];
  variants: PurchaseVariant[];
  initialVariantId: string;
}

const LOW_STOCK_THRESHOLD = 5;

function stockStatus(
  stock: LiveStock,
  variant: PurchaseVariant,
): { status: StockNoteProps['status']; quantity?: number } {
  if (stock.state === 'loading') return { status: 'loading' };
  if (stock.state === 'failed') return { status: 'unavailable' };
  const live = stock.variants.get(variant.id);
  if (!live) return { status: 'unavailable' };
  if (!live.availableForSale) return { status: 'sold-out' };
  const quantity = live.quantityAvailable;
  if (quantity !== null && quantity > 0 && quantity <= LOW_STOCK_THRESHOLD) return { status: 'low-stock', quantity };
  return { status: 'in-stock' };
}

/**
 * Variant choice, price and live stock. The server renders the variant the URL names; a
 * choice here swaps it instantly and rewrites the URL in place (no navigation, no refetch).
 */
export function ProductPurchase({ handle, title, options, variants, initialVariantId }: ProductPurchaseProps) {
  const [selectedId, setSelectedId] = useState(initialVariantId);
  const stock = useLiveStock(handle);
  const selected = variants.find((variant) => variant.id === selectedId) ?? variants[0]!;
  const isAvailable = (variant: PurchaseVariant) =>
    stock.state === 'ready' ? (stock.variants.get(variant.id)?.availableForSale ?? false) : variant.availableForSale;

  function select(name: string, value: string) {
    const next = chooseVariant(variants, selected, name, value, isAvailable);
    setSelectedId(next.id);
    const url = new URL(window.location.href);
    url.search = paramsForVariant(next).toString();
    window.history.replaceState(window.history.state, '', url);
  }

  const pickerOptions = options.map((option) => ({
    name: option.name,
    values: option.values.map((value) => ({
      value,
      selected: selected.selectedOptions.some((chosen) => chosen.name === option.name && chosen.value === value),
      available: isValueAvailable(variants, selected, option.name, value, isAvailable),
    })),
  }));

  return (
    <div>
      <Price price={selected.price} compareAtPrice={selected.compareAtPrice} size="lg" />
      <VariantPicker options={pickerOptions} onSelect={select} />
      <StockNote {...stockStatus(stock, selected)} />
      <AddToCartButton
        merchandiseId={selected.id}
        title={title}
        variantTitle={selected.title === 'Default Title' ? null : selected.title}
        href={`/products/${handle}?${paramsForVariant(selected).toString()}`}
        unitPrice={selected.price}
        soldOut={!isAvailable(selected)}
      />
    </div>
  );
}
