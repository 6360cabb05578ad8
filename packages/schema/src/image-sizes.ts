// The image widths the storefront asks for and the only ones the image service encodes. One list
// for both sides (the storefront's next/image srcset and the catalog's image service), so a
// stranger cannot make the service encode an arbitrary size. Kept free of imports: the
// storefront's image loader runs in the browser and pulls this file in alone
// (`@commerce/schema/image-sizes`).

/** Widths next/image uses for full-width layouts (`deviceSizes`). */
export const IMAGE_DEVICE_WIDTHS = [360, 480, 640, 828, 1080, 1280, 1600] as const;

/** Widths next/image uses for images narrower than the viewport (`imageSizes`). */
export const IMAGE_LAYOUT_WIDTHS = [96, 160, 240, 320] as const;

/** Every width (and height) the image service serves, ascending. */
export const IMAGE_WIDTHS: readonly number[] = [...IMAGE_LAYOUT_WIDTHS, ...IMAGE_DEVICE_WIDTHS].sort((a, b) => a - b);

/** The allowed width closest to `width`; on a tie, the larger (sharper) one. */
export function nearestImageWidth(width: number): number {
  let best = IMAGE_WIDTHS[0]!;
  for (const candidate of IMAGE_WIDTHS) {
    if (Math.abs(candidate - width) <= Math.abs(best - width)) best = candidate;
  }
  return best;
}

/** The largest allowed width not above `width` (the smallest when `width` is below them all). */
export function imageWidthAtMost(width: number): number {
  let best = IMAGE_WIDTHS[0]!;
  for (const candidate of IMAGE_WIDTHS) if (candidate <= width) best = candidate;
  return best;
}
