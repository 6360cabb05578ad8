-- The words of the catalog (stemmed lexemes, as in products.search_vector), with a trigram index.
-- Search matches each query word against this small vocabulary first, so "snekers" becomes
-- "sneaker" before the full-text match runs on the GIN index. Refreshed after catalog writes.
CREATE MATERIALIZED VIEW "catalog"."search_terms" AS
  SELECT word, ndoc FROM ts_stat('SELECT search_vector FROM catalog.products')
  WHERE length(word) >= 2;
--> statement-breakpoint
CREATE UNIQUE INDEX "search_terms_word_key" ON "catalog"."search_terms" (word);
--> statement-breakpoint
CREATE INDEX "search_terms_trgm_idx" ON "catalog"."search_terms" USING gin (word gin_trgm_ops);
