CREATE TABLE "checkout"."test_provider_charges" (
	"provider_id" text NOT NULL,
	"attempt_id" text NOT NULL,
	"outcome" text NOT NULL,
	"reference" text NOT NULL,
	"amount" numeric(12, 2) NOT NULL,
	"currency_code" text NOT NULL,
	"message" text,
	"voided_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "test_provider_charges_provider_id_attempt_id_pk" PRIMARY KEY("provider_id","attempt_id"),
	CONSTRAINT "test_provider_charges_outcome_known" CHECK ("checkout"."test_provider_charges"."outcome" in ('succeeded', 'declined'))
);
