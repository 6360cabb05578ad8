-- The running release still reads and writes the old name.
SET LOCAL lock_timeout = '2s';--> statement-breakpoint
SET LOCAL statement_timeout = '60s';--> statement-breakpoint
ALTER TABLE "catalog"."products" RENAME COLUMN "title" TO "name";
