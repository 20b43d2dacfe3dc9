-- The events API writes an event with one autocommitted statement and wakes the workers itself once it
-- has committed (lib/dispatch/wake.ts: one NOTIFY at a time per process, coalescing the events that
-- commit meanwhile). A NOTIFY inside the writing transaction holds PostgreSQL's notify lock through
-- that transaction's commit flush, so concurrent event commits would flush one at a time instead of
-- sharing a flush. Such a writer sets herald.wake_after_commit for its transaction; every other insert
-- (actions, batches, re-sends, scheduled reports) still wakes the workers through this trigger.
CREATE OR REPLACE FUNCTION "delivery_queued_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('herald.wake_after_commit', true) = 'on' THEN
    RETURN NULL;
  END IF;
  PERFORM pg_notify('herald_delivery_queued', '');
  RETURN NULL;
END $$;
