import type { Variant } from './rules.js';
import type { PageRow, StoredBlock } from './tables.js';

/**
 * A page as one answer shows it: the row, and which copy. `draft` is what staff edit (previews
 * and mutation answers); `live` what the public gets. `variant` is the A/B version asked for,
 * applied only while a test runs.
 */
export interface PageView {
  row: PageRow;
  version: 'draft' | 'live';
  variant: Variant;
}

/** A block as resolvers see it (its union member is `type`). */
export type BlockView = StoredBlock;

export const draftView = (row: PageRow, variant: Variant = 'a'): PageView => ({ row, version: 'draft', variant });
export const liveView = (row: PageRow, variant: Variant = 'a'): PageView => ({ row, version: 'live', variant });

/** True when the public may see the page: it has a live copy (published, or live while a new version is scheduled). */
export const isLive = (row: PageRow) => row.liveBlocks !== null;
