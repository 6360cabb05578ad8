-- Keeps catalog.product_option_values equal to the distinct (name, value) pairs of each
-- product's variants, in the same transaction as the variant write (ADR 0013). One statement-level
-- trigger per event: a seed inserting thousands of variants recomputes each product once.
CREATE FUNCTION "catalog"."sync_product_option_values"(product_ids bigint[]) RETURNS void
LANGUAGE sql AS $$
  DELETE FROM catalog.product_option_values WHERE product_id = ANY(product_ids);
  INSERT INTO catalog.product_option_values (product_id, name, value)
  SELECT DISTINCT v.product_id, o->>'name', o->>'value'
  FROM catalog.variants v CROSS JOIN jsonb_array_elements(v.options) AS o
  WHERE v.product_id = ANY(product_ids) AND o->>'name' IS NOT NULL AND o->>'value' IS NOT NULL
  ON CONFLICT DO NOTHING;
$$;
--> statement-breakpoint
CREATE FUNCTION "catalog"."variants_sync_option_values"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM catalog.sync_product_option_values(ARRAY(SELECT DISTINCT product_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM catalog.sync_product_option_values(ARRAY(SELECT DISTINCT product_id FROM old_rows));
  ELSE
    -- Price and stock updates leave the options alone: only changed options resync.
    PERFORM catalog.sync_product_option_values(ARRAY(
      SELECT o.product_id FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE o.options IS DISTINCT FROM n.options OR o.product_id <> n.product_id
      UNION
      SELECT n.product_id FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE o.options IS DISTINCT FROM n.options OR o.product_id <> n.product_id));
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "variants_option_values_insert" AFTER INSERT ON "catalog"."variants"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "catalog"."variants_sync_option_values"();
--> statement-breakpoint
CREATE TRIGGER "variants_option_values_update" AFTER UPDATE ON "catalog"."variants"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "catalog"."variants_sync_option_values"();
--> statement-breakpoint
CREATE TRIGGER "variants_option_values_delete" AFTER DELETE ON "catalog"."variants"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "catalog"."variants_sync_option_values"();
--> statement-breakpoint
INSERT INTO "catalog"."product_option_values" (product_id, name, value)
  SELECT DISTINCT v.product_id, o->>'name', o->>'value'
  FROM "catalog"."variants" v CROSS JOIN jsonb_array_elements(v.options) AS o
  WHERE o->>'name' IS NOT NULL AND o->>'value' IS NOT NULL
  ON CONFLICT DO NOTHING;
