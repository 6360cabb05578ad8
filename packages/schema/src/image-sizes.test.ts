import { describe, expect, it } from 'vitest';
import {
  IMAGE_DEVICE_WIDTHS,
  IMAGE_LAYOUT_WIDTHS,
  IMAGE_WIDTHS,
  imageWidthAtMost,
  nearestImageWidth,
} from './image-sizes.js';

describe('image sizes', () => {
  it('lists every next/image width once, ascending', () => {
    expect(IMAGE_WIDTHS).toEqual([...new Set([...IMAGE_LAYOUT_WIDTHS, ...IMAGE_DEVICE_WIDTHS])].sort((a, b) => a - b));
  });

  it('snaps to the nearest width, the larger on a tie', () => {
    expect(nearestImageWidth(601)).toBe(640);
    expect(nearestImageWidth(560)).toBe(640);
    expect(nearestImageWidth(1)).toBe(96);
    expect(nearestImageWidth(99999)).toBe(1600);
  });

  it('snaps down to a width the caller allows', () => {
    expect(imageWidthAtMost(601)).toBe(480);
    expect(imageWidthAtMost(640)).toBe(640);
    expect(imageWidthAtMost(50)).toBe(96);
  });
});
