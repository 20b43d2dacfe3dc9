-- The command palette's directory search (lib/search/palette/directory.ts) loaded every user, group and
-- contact (up to 5,000 of each) and ranked them in memory: over 25,000 users it read ~2 MB per keystroke
-- and never saw most of the directory. It now asks PostgreSQL for the best few rows, found through trigram
-- indexes (pg_trgm, shipped with PostgreSQL's contrib modules, embedded-postgres included).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- Text as the search compares it: accents dropped, lower case, words separated by single spaces, with a
-- leading space so that "a word starts with w" is LIKE '% w%' (an index condition). IMMUTABLE so that it
-- can be stored and indexed; unaccent() itself is only STABLE because its rules file could change (if it
-- does, UPDATE the rows to recompute). The SQL-standard body binds unaccent and its dictionary when the
-- function is created, so it does not depend on the caller's search_path.
CREATE FUNCTION herald_search_text(value text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN ' ' || btrim(regexp_replace(lower(unaccent('unaccent'::regdictionary, value)), '[^[:alnum:]]+', ' ', 'g'));

-- Stored, not recomputed per row: a one-letter query matches most rows, and computing the text
-- (unaccent and a regular expression) for 25,000 of them took ~0.2 s. These columns are kept out of
-- prisma/schema.prisma on purpose: PostgreSQL writes them, Prisma never reads or writes them.
ALTER TABLE "User"
  ADD COLUMN "searchName" text NOT NULL GENERATED ALWAYS AS (herald_search_text(name)) STORED,
  ADD COLUMN "searchEmail" text NOT NULL GENERATED ALWAYS AS (herald_search_text(email)) STORED;
ALTER TABLE "Group"
  ADD COLUMN "searchName" text NOT NULL GENERATED ALWAYS AS (herald_search_text(name)) STORED;
ALTER TABLE "Contact"
  ADD COLUMN "searchName" text NOT NULL GENERATED ALWAYS AS (herald_search_text(name)) STORED,
  ADD COLUMN "searchEmail" text NOT NULL GENERATED ALWAYS AS (herald_search_text(email)) STORED;

CREATE INDEX "User_searchName_idx" ON "User" USING gin ("searchName" gin_trgm_ops);
CREATE INDEX "User_searchEmail_idx" ON "User" USING gin ("searchEmail" gin_trgm_ops);
CREATE INDEX "Group_searchName_idx" ON "Group" USING gin ("searchName" gin_trgm_ops);
CREATE INDEX "Contact_searchName_idx" ON "Contact" USING gin ("searchName" gin_trgm_ops);
CREATE INDEX "Contact_searchEmail_idx" ON "Contact" USING gin ("searchEmail" gin_trgm_ops);
