-- Blocks every write to products while the index builds.
SET LOCAL lock_timeout = '2s';--> statement-breakpoint
SET LOCAL statement_timeout = '60s';--> statement-breakpoint
CREATE INDEX "products_vendor_idx" ON "catalog"."products" USING btree ("vendor");
