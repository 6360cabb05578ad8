import { toGlobalId } from '../../../platform/graphql/global-id.js';
import type { ImageResolvers } from '../generated/resolvers-types.js';
import { imageUrl } from '../images.js';

export const Image = {
  id: (image) => toGlobalId('Image', image.id),
  url: (image, { transform }, { mediaBaseUrl }) => imageUrl(mediaBaseUrl, image, transform),
} satisfies ImageResolvers;
