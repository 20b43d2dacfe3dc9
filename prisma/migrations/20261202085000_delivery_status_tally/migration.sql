-- /metrics reports deliveries by status and transport (herald_deliveries). Counting them with a
-- GROUP BY over "Delivery" reads the whole history on every scrape. Instead, statement-level triggers
-- append what each statement changed (one row per status × transport it touched, not per delivery)
-- to "DeliveryStatusTally", and a scrape sums that small table. The sum is exact and the same from
-- every instance: the deltas commit or roll back with the statements that made them.
-- Appending (rather than updating one counter row) keeps concurrent enqueues and workers from
-- queueing on a hot row; compactDeliveryTally (lib/observability/queue-gauges.ts) folds the deltas
-- into one row per status × transport, at each scrape and every minute in the workers.
-- Not in schema.prisma: only raw SQL reads it, like the triggers that write it.
CREATE TABLE "DeliveryStatusTally" (
    "id" BIGSERIAL NOT NULL,
    "status" "DeliveryStatus" NOT NULL,
    "transport" "MailTransportName",
    "delta" BIGINT NOT NULL,

    CONSTRAINT "DeliveryStatusTally_pkey" PRIMARY KEY ("id")
);

CREATE FUNCTION "delivery_tally_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "DeliveryStatusTally" (status, transport, delta)
  SELECT status, transport, count(*) FROM new_rows GROUP BY status, transport;
  RETURN NULL;
END $$;

-- Rows whose status and transport did not change net to zero and add nothing (lease renewals,
-- storing a render, …).
CREATE FUNCTION "delivery_tally_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "DeliveryStatusTally" (status, transport, delta)
  SELECT status, transport, sum(delta) FROM (
    SELECT status, transport, -1 AS delta FROM old_rows
    UNION ALL
    SELECT status, transport, 1 AS delta FROM new_rows
  ) changes
  GROUP BY status, transport
  HAVING sum(delta) <> 0;
  RETURN NULL;
END $$;

CREATE FUNCTION "delivery_tally_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "DeliveryStatusTally" (status, transport, delta)
  SELECT status, transport, -count(*) FROM old_rows GROUP BY status, transport;
  RETURN NULL;
END $$;

CREATE FUNCTION "delivery_tally_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "DeliveryStatusTally";
  RETURN NULL;
END $$;

-- The starting figures, with writers held off until this migration commits.
LOCK TABLE "Delivery" IN SHARE ROW EXCLUSIVE MODE;

CREATE TRIGGER "Delivery_tally_insert" AFTER INSERT ON "Delivery"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "delivery_tally_insert"();
CREATE TRIGGER "Delivery_tally_update" AFTER UPDATE ON "Delivery"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "delivery_tally_update"();
CREATE TRIGGER "Delivery_tally_delete" AFTER DELETE ON "Delivery"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "delivery_tally_delete"();
CREATE TRIGGER "Delivery_tally_truncate" AFTER TRUNCATE ON "Delivery"
  FOR EACH STATEMENT EXECUTE FUNCTION "delivery_tally_truncate"();

INSERT INTO "DeliveryStatusTally" (status, transport, delta)
SELECT status, transport, count(*) FROM "Delivery" GROUP BY status, transport;
