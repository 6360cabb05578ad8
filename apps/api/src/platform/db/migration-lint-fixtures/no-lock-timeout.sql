-- Waits for its lock behind a long query, and every query of the running release queues behind it.
ALTER TABLE "catalog"."products" ADD COLUMN "weight_grams" bigint;
