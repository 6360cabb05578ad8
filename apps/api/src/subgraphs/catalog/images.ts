import { userInputError } from '../../platform/graphql/errors.js';
import type { ImageTransformInput } from './generated/resolvers-types.js';
import { imagePath, type ImageRef } from './image-service.js';

const MAX_DIMENSION = 5760;

/**
 * Absolute, versioned URL of an image with a transform; bad dimensions are the client's to fix.
 * The image service serves only a fixed list of sizes, so bounds become the largest of those
 * within them.
 */
export function imageUrl(
  mediaBaseUrl: string,
  image: ImageRef,
  transform: ImageTransformInput | null | undefined,
): string {
  for (const name of ['maxWidth', 'maxHeight'] as const) {
    const value = transform?.[name];
    if (value != null && (value < 1 || value > MAX_DIMENSION)) {
      throw userInputError(`\`${name}\` must be between 1 and ${MAX_DIMENSION}.`, 'transform');
    }
  }
  return new URL(imagePath(image, transform ?? undefined), mediaBaseUrl).toString();
}
