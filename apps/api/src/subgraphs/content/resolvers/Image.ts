import { toGlobalId } from '../../../platform/graphql/global-id.js';
import { imageUrl, type ContentImage } from '../../catalog/index.js';
import type { ImageResolvers } from '../generated/resolvers-types.js';

/** A catalog image as content resolves it (Image is shareable: both subgraphs give the same URLs). */
export type ImageParent = ContentImage;

export const Image = {
  id: (image) => toGlobalId('Image', image.id),
  url: (image, { transform }, { mediaBaseUrl }) => imageUrl(mediaBaseUrl, image, transform),
  altText: (image) => image.altText,
  width: (image) => image.width,
  height: (image) => image.height,
} satisfies ImageResolvers;
