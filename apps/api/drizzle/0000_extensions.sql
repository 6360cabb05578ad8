-- Trigram matching for typo-tolerant search (see catalog/search.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- array_to_string is only STABLE, so a generated column cannot call it; joining text[] with a
-- space is immutable in fact, and this wrapper says so.
CREATE OR REPLACE FUNCTION public.immutable_array_join(text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT array_to_string($1, ' ') $$;
