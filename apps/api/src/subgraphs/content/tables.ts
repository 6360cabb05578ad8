import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  check,
  index,
  integer,
  jsonb,
  pgSchema,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

export const content = pgSchema('content');

const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3, mode: 'date' });

export const PAGE_STATUSES = ['DRAFT', 'SCHEDULED', 'PUBLISHED'] as const;
export type PageStatusValue = (typeof PAGE_STATUSES)[number];

/** A block as stored: its GraphQL typename and its validated, sanitised data. */
export interface StoredBlock {
  type: string;
  data: Record<string, unknown>;
}
export interface StoredSeo {
  title: string | null;
  description: string | null;
}

/**
 * A page: the draft (title, seo, blocks) that marketers edit, and the live copy the public sees,
 * null until the first publish. Publishing copies draft to live in one transaction with its
 * revision and outbox row, so the live copy never changes without an invalidation.
 */
export const pages = content.table(
  'pages',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    handle: text('handle').notNull(),
    title: text('title').notNull(),
    seo: jsonb('seo').$type<StoredSeo>().notNull(),
    blocks: jsonb('blocks').$type<StoredBlock[]>().notNull(),
    liveTitle: text('live_title'),
    liveSeo: jsonb('live_seo').$type<StoredSeo>(),
    liveBlocks: jsonb('live_blocks').$type<StoredBlock[]>(),
    /** The handle the live copy is served under (the edge's `page-handle:` tag of the old handle). */
    liveHandle: text('live_handle'),
    status: text('status', { enum: PAGE_STATUSES }).notNull().default('DRAFT'),
    publishAt: ts('publish_at'),
    publishedAt: ts('published_at'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    /** Staff ids are the customers domain's; no cross-schema foreign key. */
    updatedByStaffId: bigint('updated_by_staff_id', { mode: 'number' }),
  },
  (t) => [
    uniqueIndex('pages_handle_key').on(t.handle),
    index('pages_status_idx').on(t.status, t.id),
    check('pages_status_known', sql`${t.status} in ('DRAFT', 'SCHEDULED', 'PUBLISHED')`),
    check('pages_scheduled_has_time', sql`${t.status} <> 'SCHEDULED' or ${t.publishAt} is not null`),
    check('pages_published_has_live', sql`${t.status} <> 'PUBLISHED' or ${t.liveBlocks} is not null`),
  ],
);

/** One row per publish (and per experiment winner kept): what went live, when and by whom. */
export const pageRevisions = content.table(
  'page_revisions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    pageId: bigint('page_id', { mode: 'number' })
      .notNull()
      .references(() => pages.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    title: text('title').notNull(),
    seo: jsonb('seo').$type<StoredSeo>().notNull(),
    blocks: jsonb('blocks').$type<StoredBlock[]>().notNull(),
    publishedAt: ts('published_at').notNull().defaultNow(),
    publishedByStaffId: bigint('published_by_staff_id', { mode: 'number' }),
  },
  (t) => [uniqueIndex('page_revisions_number_key').on(t.pageId, t.number)],
);

export interface StoredMenuItem {
  title: string;
  url: string;
  items: StoredMenuItem[];
}

export const menus = content.table('menus', {
  handle: text('handle').primaryKey(),
  items: jsonb('items').$type<StoredMenuItem[]>().notNull(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
  updatedByStaffId: bigint('updated_by_staff_id', { mode: 'number' }),
});

export const EXPERIMENT_STATUSES = ['RUNNING', 'STOPPED'] as const;

/** A page's A/B test (at most one per page; a new start replaces a stopped one). Counts live in Redis. */
export const pageExperiments = content.table(
  'page_experiments',
  {
    pageId: bigint('page_id', { mode: 'number' })
      .primaryKey()
      .references(() => pages.id, { onDelete: 'cascade' }),
    status: text('status', { enum: EXPERIMENT_STATUSES }).notNull().default('RUNNING'),
    splitPercent: integer('split_percent').notNull(),
    blocksB: jsonb('blocks_b').$type<StoredBlock[]>().notNull(),
    startedAt: ts('started_at').notNull().defaultNow(),
    stoppedAt: ts('stopped_at'),
    winner: text('winner'),
  },
  (t) => [
    check('page_experiments_status_known', sql`${t.status} in ('RUNNING', 'STOPPED')`),
    check('page_experiments_split_step', sql`${t.splitPercent} between 10 and 90 and ${t.splitPercent} % 10 = 0`),
    check('page_experiments_winner_known', sql`${t.winner} is null or ${t.winner} in ('a', 'b')`),
  ],
);

export type PageRow = typeof pages.$inferSelect;
export type PageRevisionRow = typeof pageRevisions.$inferSelect;
export type MenuRow = typeof menus.$inferSelect;
export type PageExperimentRow = typeof pageExperiments.$inferSelect;
