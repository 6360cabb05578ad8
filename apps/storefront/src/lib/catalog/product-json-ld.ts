import type { ProductDetail } from './get-product';

/** schema.org Product with one Offer per variant, for rich results. */
export function productJsonLd(product: ProductDetail, url: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.title,
    description: product.description,
    brand: { '@type': 'Brand', name: product.vendor },
    image: product.images.nodes.map((image) => image.url),
    url,
    offers: product.variants.nodes.map((variant) => ({
      '@type': 'Offer',
      sku: variant.sku ?? undefined,
      name: variant.title,
      price: variant.price.amount,
      priceCurrency: variant.price.currencyCode,
      availability: variant.availableForSale ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock',
      url,
    })),
  };
}

/** JSON for a <script> tag: `<` escaped so no product text can close the tag. */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
