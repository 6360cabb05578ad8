-- The option facet's precomputed pairs move from catalog.product_option_values (migration 0011)
-- onto the product rows a list already reads: one search then unnests them from its matches, as
-- it does tags, instead of 627 index probes into a side table (ADR 0013).
DROP TABLE "catalog"."product_option_values" CASCADE;--> statement-breakpoint
ALTER TABLE "catalog"."products" ADD COLUMN "option_names" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "catalog"."products" ADD COLUMN "option_values" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
-- Same triggers as 0012; the function they call now sets each touched product's pairs: the distinct
-- (name, value) pairs of its variants, ordered, name i with value i. A product whose pairs did not
-- change is left alone (a stock or price write on its variants does not rewrite it).
CREATE OR REPLACE FUNCTION "catalog"."sync_product_option_values"(product_ids bigint[]) RETURNS void
LANGUAGE sql AS $$
  UPDATE catalog.products p
  SET option_names = pairs.names, option_values = pairs.vals
  FROM (
    SELECT t.id,
      coalesce(array_agg(d.name ORDER BY d.name, d.value) FILTER (WHERE d.name IS NOT NULL), '{}') AS names,
      coalesce(array_agg(d.value ORDER BY d.name, d.value) FILTER (WHERE d.name IS NOT NULL), '{}') AS vals
    FROM (SELECT DISTINCT unnest(product_ids) AS id) t
    LEFT JOIN (
      SELECT DISTINCT v.product_id, o->>'name' AS name, o->>'value' AS value
      FROM catalog.variants v CROSS JOIN jsonb_array_elements(v.options) AS o
      WHERE v.product_id = ANY(product_ids) AND o->>'name' IS NOT NULL AND o->>'value' IS NOT NULL
    ) d ON d.product_id = t.id
    GROUP BY t.id
  ) pairs
  WHERE p.id = pairs.id
    AND (p.option_names, p.option_values) IS DISTINCT FROM (pairs.names, pairs.vals);
$$;--> statement-breakpoint
SELECT catalog.sync_product_option_values(ARRAY(SELECT id FROM catalog.products));
