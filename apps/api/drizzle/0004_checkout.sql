CREATE SCHEMA "checkout";
--> statement-breakpoint
CREATE SEQUENCE "checkout"."order_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1001 CACHE 1;--> statement-breakpoint
CREATE TABLE "checkout"."checkout_lines" (
	"checkout_id" text NOT NULL,
	"position" integer NOT NULL,
	"cart_line_id" text NOT NULL,
	"variant_id" bigint NOT NULL,
	"quantity" integer NOT NULL,
	CONSTRAINT "checkout_lines_checkout_id_position_pk" PRIMARY KEY("checkout_id","position"),
	CONSTRAINT "checkout_lines_quantity_positive" CHECK ("checkout"."checkout_lines"."quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "checkout"."checkouts" (
	"id" text PRIMARY KEY NOT NULL,
	"cart_id" text NOT NULL,
	"cart_snapshot" jsonb NOT NULL,
	"customer_id" bigint,
	"email" text,
	"shipping_address" jsonb,
	"shipping_rate_handle" text,
	"status" text DEFAULT 'open' NOT NULL,
	"reserved_until" timestamp (3) with time zone,
	"order_id" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checkouts_status_known" CHECK ("checkout"."checkouts"."status" in ('open', 'completed')),
	CONSTRAINT "checkouts_completed_has_order" CHECK (("checkout"."checkouts"."status" = 'completed') = ("checkout"."checkouts"."order_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "checkout"."order_lines" (
	"order_id" text NOT NULL,
	"position" integer NOT NULL,
	"variant_id" bigint,
	"title" text NOT NULL,
	"variant_title" text,
	"sku" text,
	"quantity" integer NOT NULL,
	"unit_price" numeric(12, 2) NOT NULL,
	"total" numeric(12, 2) NOT NULL,
	CONSTRAINT "order_lines_order_id_position_pk" PRIMARY KEY("order_id","position")
);
--> statement-breakpoint
CREATE TABLE "checkout"."orders" (
	"id" text PRIMARY KEY NOT NULL,
	"number" bigint DEFAULT nextval('checkout.order_number_seq') NOT NULL,
	"checkout_id" text NOT NULL,
	"customer_id" bigint,
	"email" text NOT NULL,
	"shipping_address" jsonb,
	"shipping_rate_handle" text,
	"subtotal" numeric(12, 2) NOT NULL,
	"discount" numeric(12, 2) NOT NULL,
	"shipping" numeric(12, 2) NOT NULL,
	"tax" numeric(12, 2) NOT NULL,
	"total" numeric(12, 2) NOT NULL,
	"currency_code" text NOT NULL,
	"financial_status" text DEFAULT 'PAID' NOT NULL,
	"fulfillment_status" text DEFAULT 'UNFULFILLED' NOT NULL,
	"confirmation_sent_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "checkout"."payment_attempts" (
	"id" text PRIMARY KEY NOT NULL,
	"idempotency_key" text NOT NULL,
	"checkout_id" text NOT NULL,
	"state" text DEFAULT 'charging' NOT NULL,
	"provider" text NOT NULL,
	"provider_id" text,
	"reference" text,
	"amount" numeric(12, 2) NOT NULL,
	"currency_code" text NOT NULL,
	"discount_codes" text[] DEFAULT '{}' NOT NULL,
	"message" text,
	"order_id" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_attempts_state_known" CHECK ("checkout"."payment_attempts"."state" in ('charging', 'succeeded', 'declined', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "checkout"."shipping_rates" (
	"handle" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"price" numeric(12, 2) NOT NULL,
	"currency_code" text NOT NULL,
	"min_subtotal" numeric(12, 2),
	"max_subtotal" numeric(12, 2),
	"countries" text[],
	"position" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "shipping_rates_price_nonnegative" CHECK ("checkout"."shipping_rates"."price" >= 0)
);
--> statement-breakpoint
ALTER TABLE "checkout"."checkout_lines" ADD CONSTRAINT "checkout_lines_checkout_id_checkouts_id_fk" FOREIGN KEY ("checkout_id") REFERENCES "checkout"."checkouts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkout"."order_lines" ADD CONSTRAINT "order_lines_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "checkout"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkout"."payment_attempts" ADD CONSTRAINT "payment_attempts_checkout_id_checkouts_id_fk" FOREIGN KEY ("checkout_id") REFERENCES "checkout"."checkouts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "checkouts_open_cart_key" ON "checkout"."checkouts" USING btree ("cart_id") WHERE "checkout"."checkouts"."status" = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX "orders_number_key" ON "checkout"."orders" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "orders_checkout_key" ON "checkout"."orders" USING btree ("checkout_id");--> statement-breakpoint
CREATE INDEX "orders_customer_idx" ON "checkout"."orders" USING btree ("customer_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "payment_attempts_idempotency_key" ON "checkout"."payment_attempts" USING btree ("idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_attempts_live_checkout_key" ON "checkout"."payment_attempts" USING btree ("checkout_id") WHERE "checkout"."payment_attempts"."state" in ('charging', 'succeeded');