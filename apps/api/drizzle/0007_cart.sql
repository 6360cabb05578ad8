CREATE SCHEMA "cart";
--> statement-breakpoint
CREATE TABLE "cart"."cart_discount_codes" (
	"cart_id" text NOT NULL,
	"code" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "cart_discount_codes_cart_id_code_pk" PRIMARY KEY("cart_id","code")
);
--> statement-breakpoint
CREATE TABLE "cart"."carts" (
	"id" text PRIMARY KEY NOT NULL,
	"customer_id" bigint,
	"email" text,
	"country_code" text,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "carts_status_known" CHECK ("cart"."carts"."status" in ('open', 'completed', 'merged'))
);
--> statement-breakpoint
CREATE TABLE "cart"."discount_codes" (
	"code" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"value" numeric(12, 2) NOT NULL,
	"min_subtotal" numeric(12, 2),
	"starts_at" timestamp (3) with time zone,
	"ends_at" timestamp (3) with time zone,
	"usage_limit" integer,
	"used_count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "discount_codes_kind_known" CHECK ("cart"."discount_codes"."kind" in ('percentage', 'fixed')),
	CONSTRAINT "discount_codes_value_range" CHECK ("cart"."discount_codes"."value" >= 0 and ("cart"."discount_codes"."kind" <> 'percentage' or "cart"."discount_codes"."value" <= 100)),
	CONSTRAINT "discount_codes_usage_within_limit" CHECK ("cart"."discount_codes"."used_count" >= 0 and "cart"."discount_codes"."used_count" <= "cart"."discount_codes"."usage_limit")
);
--> statement-breakpoint
CREATE TABLE "cart"."lines" (
	"id" text PRIMARY KEY NOT NULL,
	"cart_id" text NOT NULL,
	"variant_id" bigint NOT NULL,
	"quantity" integer NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "lines_quantity_positive" CHECK ("cart"."lines"."quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "cart"."tax_rates" (
	"country_code" text PRIMARY KEY NOT NULL,
	"rate" numeric(6, 3) NOT NULL,
	CONSTRAINT "tax_rates_rate_range" CHECK ("cart"."tax_rates"."rate" >= 0 and "cart"."tax_rates"."rate" < 100)
);
--> statement-breakpoint
ALTER TABLE "cart"."cart_discount_codes" ADD CONSTRAINT "cart_discount_codes_cart_id_carts_id_fk" FOREIGN KEY ("cart_id") REFERENCES "cart"."carts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cart"."lines" ADD CONSTRAINT "lines_cart_id_carts_id_fk" FOREIGN KEY ("cart_id") REFERENCES "cart"."carts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "carts_customer_open_idx" ON "cart"."carts" USING btree ("customer_id") WHERE "cart"."carts"."status" = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX "lines_cart_variant_key" ON "cart"."lines" USING btree ("cart_id","variant_id");--> statement-breakpoint
CREATE INDEX "lines_cart_position_idx" ON "cart"."lines" USING btree ("cart_id","position");