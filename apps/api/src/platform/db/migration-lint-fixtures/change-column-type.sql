-- Rewrites the table under an ACCESS EXCLUSIVE lock, and the running release may not read the new type.
SET LOCAL lock_timeout = '2s';--> statement-breakpoint
SET LOCAL statement_timeout = '60s';--> statement-breakpoint
ALTER TABLE "catalog"."products" ALTER COLUMN "vendor" SET DATA TYPE bigint USING 0;
