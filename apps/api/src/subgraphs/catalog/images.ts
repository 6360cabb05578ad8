import { userInputError } from '../../platform/graphql/errors.js';
import type { ImageTransformInput } from './generated/resolvers-types.js';
import { imagePath } from './image-service.js';

const MAX_DIMENSION = 5760;

/** Absolute URL of an image with a transform; bad dimensions are the client's to fix. */
export function imageUrl(mediaBaseUrl: string, imageId: number, transform: ImageTransformInput | null | undefined): string {
  for (const name of ['maxWidth', 'maxHeight'] as const) {
    const value = transform?.[name];
    if (value != null && (value < 1 || value > MAX_DIMENSION)) {
      throw userInputError(`\`${name}\` must be between 1 and ${MAX_DIMENSION}.`, 'transform');
    }
  }
  return new URL(imagePath(imageId, transform ?? undefined), mediaBaseUrl).toString();
}
