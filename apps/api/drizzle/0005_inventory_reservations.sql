CREATE TABLE "inventory"."reservations" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"holder" text NOT NULL,
	"variant_id" bigint NOT NULL,
	"location_id" integer NOT NULL,
	"quantity" integer NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"state" text DEFAULT 'held' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reservations_quantity_positive" CHECK ("inventory"."reservations"."quantity" > 0),
	CONSTRAINT "reservations_state_known" CHECK ("inventory"."reservations"."state" in ('held', 'committed', 'released'))
);
--> statement-breakpoint
ALTER TABLE "inventory"."items" ADD COLUMN "max_per_order" integer;--> statement-breakpoint
ALTER TABLE "inventory"."reservations" ADD CONSTRAINT "reservations_variant_id_location_id_levels_variant_id_location_id_fk" FOREIGN KEY ("variant_id","location_id") REFERENCES "inventory"."levels"("variant_id","location_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reservations_holder_idx" ON "inventory"."reservations" USING btree ("holder");--> statement-breakpoint
CREATE INDEX "reservations_held_expiry_idx" ON "inventory"."reservations" USING btree ("expires_at","variant_id") WHERE "inventory"."reservations"."state" = 'held';--> statement-breakpoint
ALTER TABLE "inventory"."items" ADD CONSTRAINT "items_max_per_order_positive" CHECK ("inventory"."items"."max_per_order" is null or "inventory"."items"."max_per_order" > 0);