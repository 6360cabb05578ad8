CREATE SCHEMA "content";
--> statement-breakpoint
CREATE TABLE "content"."menus" (
	"handle" text PRIMARY KEY NOT NULL,
	"items" jsonb NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_by_staff_id" bigint
);
--> statement-breakpoint
CREATE TABLE "content"."page_experiments" (
	"page_id" bigint PRIMARY KEY NOT NULL,
	"status" text DEFAULT 'RUNNING' NOT NULL,
	"split_percent" integer NOT NULL,
	"blocks_b" jsonb NOT NULL,
	"started_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"stopped_at" timestamp (3) with time zone,
	"winner" text,
	CONSTRAINT "page_experiments_status_known" CHECK ("content"."page_experiments"."status" in ('RUNNING', 'STOPPED')),
	CONSTRAINT "page_experiments_split_step" CHECK ("content"."page_experiments"."split_percent" between 10 and 90 and "content"."page_experiments"."split_percent" % 10 = 0),
	CONSTRAINT "page_experiments_winner_known" CHECK ("content"."page_experiments"."winner" is null or "content"."page_experiments"."winner" in ('a', 'b'))
);
--> statement-breakpoint
CREATE TABLE "content"."page_revisions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"page_id" bigint NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"seo" jsonb NOT NULL,
	"blocks" jsonb NOT NULL,
	"published_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"published_by_staff_id" bigint
);
--> statement-breakpoint
CREATE TABLE "content"."pages" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"handle" text NOT NULL,
	"title" text NOT NULL,
	"seo" jsonb NOT NULL,
	"blocks" jsonb NOT NULL,
	"live_title" text,
	"live_seo" jsonb,
	"live_blocks" jsonb,
	"live_handle" text,
	"status" text DEFAULT 'DRAFT' NOT NULL,
	"publish_at" timestamp (3) with time zone,
	"published_at" timestamp (3) with time zone,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_by_staff_id" bigint,
	CONSTRAINT "pages_status_known" CHECK ("content"."pages"."status" in ('DRAFT', 'SCHEDULED', 'PUBLISHED')),
	CONSTRAINT "pages_scheduled_has_time" CHECK ("content"."pages"."status" <> 'SCHEDULED' or "content"."pages"."publish_at" is not null),
	CONSTRAINT "pages_published_has_live" CHECK ("content"."pages"."status" <> 'PUBLISHED' or "content"."pages"."live_blocks" is not null)
);
--> statement-breakpoint
ALTER TABLE "content"."page_experiments" ADD CONSTRAINT "page_experiments_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "content"."pages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content"."page_revisions" ADD CONSTRAINT "page_revisions_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "content"."pages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "page_revisions_number_key" ON "content"."page_revisions" USING btree ("page_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "pages_handle_key" ON "content"."pages" USING btree ("handle");--> statement-breakpoint
CREATE INDEX "pages_status_idx" ON "content"."pages" USING btree ("status","id");