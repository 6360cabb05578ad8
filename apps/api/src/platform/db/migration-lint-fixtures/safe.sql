-- Expand, never contract: a nullable column, a new table with its index. The running release
-- ignores both, so it keeps working while this applies and until its last instance is replaced.
SET LOCAL lock_timeout = '2s';--> statement-breakpoint
SET LOCAL statement_timeout = '60s';--> statement-breakpoint
ALTER TABLE "catalog"."products" ADD COLUMN "weight_grams" bigint;--> statement-breakpoint
ALTER TABLE "catalog"."products" ADD COLUMN "origin" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE TABLE "catalog"."badges" (
	"id" bigint PRIMARY KEY NOT NULL,
	"product_id" bigint NOT NULL,
	"label" text NOT NULL
);--> statement-breakpoint
CREATE INDEX "badges_product_idx" ON "catalog"."badges" USING btree ("product_id");
