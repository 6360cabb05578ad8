export { SUBGRAPH_NAMES, readSubgraphSdl, subgraphPath, supergraphPath, type SubgraphName } from './subgraphs.js';
export { composeSupergraph, placeholderUrl } from './compose.js';
export {
  IMAGE_DEVICE_WIDTHS,
  IMAGE_LAYOUT_WIDTHS,
  IMAGE_WIDTHS,
  imageWidthAtMost,
  nearestImageWidth,
} from './image-sizes.js';
