CREATE SCHEMA "customers";
--> statement-breakpoint
CREATE TABLE "customers"."access_tokens" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" bigint NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"revoked_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "access_tokens_subject_kind" CHECK ("customers"."access_tokens"."subject_kind" in ('customer', 'staff'))
);
--> statement-breakpoint
CREATE TABLE "customers"."addresses" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"customer_id" bigint NOT NULL,
	"first_name" text,
	"last_name" text,
	"company" text,
	"address1" text,
	"address2" text,
	"city" text,
	"province" text,
	"zip" text,
	"country_code" text,
	"phone" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "addresses_id_customer_key" UNIQUE("id","customer_id"),
	CONSTRAINT "addresses_country_code_format" CHECK ("customers"."addresses"."country_code" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "customers"."customers" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"password_hash" text NOT NULL,
	"first_name" text,
	"last_name" text,
	"accepts_marketing" boolean DEFAULT false NOT NULL,
	"default_address_id" bigint,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "customers_email_normalised" CHECK ("customers"."customers"."email" = lower(btrim("customers"."customers"."email")))
);
--> statement-breakpoint
CREATE TABLE "customers"."staff" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"password_hash" text NOT NULL,
	"roles" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_email_normalised" CHECK ("customers"."staff"."email" = lower(btrim("customers"."staff"."email"))),
	CONSTRAINT "staff_roles_known" CHECK ("customers"."staff"."roles" <@ array['MARKETER', 'MERCHANDISER', 'ADMIN']::text[])
);
--> statement-breakpoint
ALTER TABLE "customers"."addresses" ADD CONSTRAINT "addresses_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "customers"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customers"."customers" ADD CONSTRAINT "customers_default_address_fk" FOREIGN KEY ("default_address_id","id") REFERENCES "customers"."addresses"("id","customer_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "access_tokens_token_hash_key" ON "customers"."access_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "access_tokens_subject_idx" ON "customers"."access_tokens" USING btree ("subject_kind","subject_id");--> statement-breakpoint
CREATE INDEX "addresses_customer_idx" ON "customers"."addresses" USING btree ("customer_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "customers_email_key" ON "customers"."customers" USING btree ("email");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_email_key" ON "customers"."staff" USING btree ("email");