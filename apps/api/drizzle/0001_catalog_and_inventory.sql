CREATE SCHEMA "catalog";
--> statement-breakpoint
CREATE SCHEMA "inventory";
--> statement-breakpoint
CREATE TABLE "catalog"."collection_products" (
	"collection_id" bigint NOT NULL,
	"product_id" bigint NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "collection_products_collection_id_product_id_pk" PRIMARY KEY("collection_id","product_id")
);
--> statement-breakpoint
CREATE TABLE "catalog"."collections" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"handle" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"description_html" text DEFAULT '' NOT NULL,
	"image_id" bigint,
	"seo_title" text,
	"seo_description" text,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog"."images" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"product_id" bigint,
	"position" integer DEFAULT 0 NOT NULL,
	"alt_text" text,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"art" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog"."products" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"handle" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"description_html" text DEFAULT '' NOT NULL,
	"vendor" text NOT NULL,
	"product_type" text NOT NULL,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"options" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"seo_title" text,
	"seo_description" text,
	"price_min" numeric(12, 2) DEFAULT '0' NOT NULL,
	"price_max" numeric(12, 2) DEFAULT '0' NOT NULL,
	"compare_at_min" numeric(12, 2),
	"compare_at_max" numeric(12, 2),
	"available" boolean DEFAULT false NOT NULL,
	"units_sold" integer DEFAULT 0 NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', vendor || ' ' || product_type), 'B') || setweight(to_tsvector('english', public.immutable_array_join(tags)), 'B') || setweight(to_tsvector('english', description), 'D')) STORED,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog"."shop" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"currency_code" text DEFAULT 'USD' NOT NULL,
	CONSTRAINT "shop_singleton" CHECK ("catalog"."shop"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "catalog"."variants" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"product_id" bigint NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"sku" text,
	"price" numeric(12, 2) NOT NULL,
	"compare_at_price" numeric(12, 2),
	"options" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"image_id" bigint,
	"available" boolean DEFAULT false NOT NULL,
	CONSTRAINT "variants_price_nonnegative" CHECK ("catalog"."variants"."price" >= 0)
);
--> statement-breakpoint
CREATE TABLE "inventory"."items" (
	"variant_id" bigint PRIMARY KEY NOT NULL,
	"product_id" bigint NOT NULL,
	"tracked" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inventory"."levels" (
	"variant_id" bigint NOT NULL,
	"location_id" integer NOT NULL,
	"on_hand" integer DEFAULT 0 NOT NULL,
	"reserved" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "levels_variant_id_location_id_pk" PRIMARY KEY("variant_id","location_id"),
	CONSTRAINT "levels_on_hand_nonnegative" CHECK ("inventory"."levels"."on_hand" >= 0),
	CONSTRAINT "levels_reserved_within_on_hand" CHECK ("inventory"."levels"."reserved" >= 0 and "inventory"."levels"."reserved" <= "inventory"."levels"."on_hand")
);
--> statement-breakpoint
CREATE TABLE "inventory"."locations" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "catalog"."collection_products" ADD CONSTRAINT "collection_products_collection_id_collections_id_fk" FOREIGN KEY ("collection_id") REFERENCES "catalog"."collections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog"."collection_products" ADD CONSTRAINT "collection_products_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "catalog"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog"."collections" ADD CONSTRAINT "collections_image_id_images_id_fk" FOREIGN KEY ("image_id") REFERENCES "catalog"."images"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog"."images" ADD CONSTRAINT "images_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "catalog"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog"."variants" ADD CONSTRAINT "variants_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "catalog"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventory"."levels" ADD CONSTRAINT "levels_variant_id_items_variant_id_fk" FOREIGN KEY ("variant_id") REFERENCES "inventory"."items"("variant_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventory"."levels" ADD CONSTRAINT "levels_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "inventory"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "collection_products_position_idx" ON "catalog"."collection_products" USING btree ("collection_id","position","product_id");--> statement-breakpoint
CREATE INDEX "collection_products_product_idx" ON "catalog"."collection_products" USING btree ("product_id");--> statement-breakpoint
CREATE UNIQUE INDEX "collections_handle_key" ON "catalog"."collections" USING btree ("handle");--> statement-breakpoint
CREATE INDEX "collections_title_idx" ON "catalog"."collections" USING btree ("title","id");--> statement-breakpoint
CREATE INDEX "images_product_idx" ON "catalog"."images" USING btree ("product_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "products_handle_key" ON "catalog"."products" USING btree ("handle");--> statement-breakpoint
CREATE INDEX "products_title_idx" ON "catalog"."products" USING btree ("title","id");--> statement-breakpoint
CREATE INDEX "products_price_idx" ON "catalog"."products" USING btree ("price_min","id");--> statement-breakpoint
CREATE INDEX "products_created_idx" ON "catalog"."products" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "products_units_sold_idx" ON "catalog"."products" USING btree ("units_sold","id");--> statement-breakpoint
CREATE INDEX "products_search_idx" ON "catalog"."products" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "products_tags_idx" ON "catalog"."products" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "variants_product_idx" ON "catalog"."variants" USING btree ("product_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "variants_sku_key" ON "catalog"."variants" USING btree ("sku");--> statement-breakpoint
CREATE INDEX "variants_options_idx" ON "catalog"."variants" USING gin ("options");--> statement-breakpoint
CREATE INDEX "items_product_idx" ON "inventory"."items" USING btree ("product_id");