CREATE SCHEMA "outbox";
--> statement-breakpoint
CREATE TABLE "outbox"."cache_invalidations" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"tags" text[] NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"picked_at" timestamp with time zone,
	"done_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text
);
--> statement-breakpoint
CREATE INDEX "cache_invalidations_pending_idx" ON "outbox"."cache_invalidations" USING btree ("id") WHERE "outbox"."cache_invalidations"."done_at" is null;