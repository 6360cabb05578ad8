-- The running release inserts products without this column: every insert fails.
SET LOCAL lock_timeout = '2s';--> statement-breakpoint
SET LOCAL statement_timeout = '60s';--> statement-breakpoint
ALTER TABLE "catalog"."products" ADD COLUMN "weight_grams" bigint NOT NULL;
