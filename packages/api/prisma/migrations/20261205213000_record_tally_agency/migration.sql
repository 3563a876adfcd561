-- Issue 18 goal 1: approved records summed per (plan, agency who entered them, area, activity, type, day) and per
-- month, so that a sender's periodic report (src/reports/tallies.ts) is made from sums: the domain's isSenderRecord
-- decides over tallies by their agency ('' for a record entered without one) and area, as over records. Kept in
-- the same transaction as every change to ActivityRecord by statement triggers, as RecordTally and
-- RecordTallyMonth are (migrations record_tally, record_tally_month); an agency deleted sets its records' agency to
-- none (ON DELETE SET NULL), an update these triggers see like any other.
-- Keys start with (plan, agency, area, day): a sender's read is bounded by its agencies, or by no agency and its
-- district's communes, and by the split months it reads by day.

CREATE TABLE "RecordTallyAgency" (
    "planId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL DEFAULT '',
    "areaCode" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "activityId" TEXT NOT NULL DEFAULT '',
    "type" TEXT NOT NULL,
    "records" INTEGER NOT NULL,
    "quantity" DOUBLE PRECISION NOT NULL,
    "reachedTotal" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "reachedAged14to60" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "reachedWomen" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "reachedChildren" DOUBLE PRECISION NOT NULL DEFAULT 0,

    CONSTRAINT "RecordTallyAgency_pkey" PRIMARY KEY ("planId", "agencyId", "areaCode", "date", "activityId", "type")
);

CREATE TABLE "RecordTallyAgencyMonth" (
    "planId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL DEFAULT '',
    "areaCode" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "activityId" TEXT NOT NULL DEFAULT '',
    "type" TEXT NOT NULL,
    "firstDate" DATE NOT NULL,
    "records" INTEGER NOT NULL,
    "quantity" DOUBLE PRECISION NOT NULL,
    "reachedTotal" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "reachedAged14to60" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "reachedWomen" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "reachedChildren" DOUBLE PRECISION NOT NULL DEFAULT 0,

    CONSTRAINT "RecordTallyAgencyMonth_pkey" PRIMARY KEY ("planId", "agencyId", "areaCode", "month", "activityId", "type")
);

CREATE TYPE record_tally_agency_key AS ("planId" TEXT, "agencyId" TEXT, "areaCode" TEXT, "month" DATE,
                                        "activityId" TEXT, "type" TEXT);

CREATE FUNCTION record_tally_agency_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  touched record_tally_agency_key[] := '{}';
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    WITH d AS (
      SELECT "planId", coalesce("agencyId", '') AS g, "areaCode", "date", coalesce("activityId", '') AS a, "type",
             count(*)::int AS n,
             sum(coalesce("quantity", 1))::float8 AS q,
             sum(coalesce(("reached"->>'total')::float8, 0)) AS rt,
             sum(coalesce(("reached"->>'aged14to60')::float8, 0)) AS ra,
             sum(coalesce(("reached"->>'women')::float8, 0)) AS rw,
             sum(coalesce(("reached"->>'children')::float8, 0)) AS rc
      FROM old_rows WHERE "status" = 'approved'
      GROUP BY 1, 2, 3, 4, 5, 6
    )
    UPDATE "RecordTallyAgency" t
    SET "records" = t."records" - d.n, "quantity" = t."quantity" - d.q,
        "reachedTotal" = t."reachedTotal" - d.rt, "reachedAged14to60" = t."reachedAged14to60" - d.ra,
        "reachedWomen" = t."reachedWomen" - d.rw, "reachedChildren" = t."reachedChildren" - d.rc
    FROM d
    WHERE t."planId" = d."planId" AND t."agencyId" = d.g AND t."areaCode" = d."areaCode" AND t."date" = d."date"
      AND t."activityId" = d.a AND t."type" = d."type";
    -- A tally of no record is no tally (a separate statement: one statement cannot change a row twice).
    DELETE FROM "RecordTallyAgency" t
    USING (SELECT DISTINCT "planId", coalesce("agencyId", '') AS g, "areaCode" FROM old_rows) o
    WHERE t."records" <= 0 AND t."planId" = o."planId" AND t."agencyId" = o.g AND t."areaCode" = o."areaCode";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "RecordTallyAgency" AS t ("planId", "agencyId", "areaCode", "date", "activityId", "type", "records",
                                          "quantity", "reachedTotal", "reachedAged14to60", "reachedWomen",
                                          "reachedChildren")
    SELECT "planId", coalesce("agencyId", ''), "areaCode", "date", coalesce("activityId", ''), "type", count(*)::int,
           sum(coalesce("quantity", 1))::float8,
           sum(coalesce(("reached"->>'total')::float8, 0)),
           sum(coalesce(("reached"->>'aged14to60')::float8, 0)),
           sum(coalesce(("reached"->>'women')::float8, 0)),
           sum(coalesce(("reached"->>'children')::float8, 0))
    FROM new_rows WHERE "status" = 'approved'
    GROUP BY 1, 2, 3, 4, 5, 6
    -- A stable order: two transactions touching the same tallies lock them in the same order (no deadlock).
    ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ("planId", "agencyId", "areaCode", "date", "activityId", "type") DO UPDATE
    SET "records" = t."records" + excluded."records", "quantity" = t."quantity" + excluded."quantity",
        "reachedTotal" = t."reachedTotal" + excluded."reachedTotal",
        "reachedAged14to60" = t."reachedAged14to60" + excluded."reachedAged14to60",
        "reachedWomen" = t."reachedWomen" + excluded."reachedWomen",
        "reachedChildren" = t."reachedChildren" + excluded."reachedChildren";
  END IF;
  -- Month tallies of the keys touched, recounted from the day tallies under the plan's lock (the lock
  -- RecordTallyMonth's trigger takes, held to the transaction's end): the recount sees every committed day tally
  -- and two transactions never write the same month row.
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT coalesce(array_agg(DISTINCT ROW("planId", coalesce("agencyId", ''), "areaCode",
                                          date_trunc('month', "date")::date, coalesce("activityId", ''),
                                          "type")::record_tally_agency_key), '{}')
    INTO touched FROM old_rows WHERE "status" = 'approved';
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT touched || coalesce(array_agg(DISTINCT ROW("planId", coalesce("agencyId", ''), "areaCode",
                                                      date_trunc('month', "date")::date, coalesce("activityId", ''),
                                                      "type")::record_tally_agency_key), '{}')
    INTO touched FROM new_rows WHERE "status" = 'approved';
  END IF;
  IF cardinality(touched) = 0 THEN
    RETURN NULL;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('RecordTallyMonth'), hashtext(p."planId"))
  FROM (SELECT DISTINCT k."planId" FROM unnest(touched) k ORDER BY 1) p;
  DELETE FROM "RecordTallyAgencyMonth" m USING (SELECT DISTINCT * FROM unnest(touched)) k
  WHERE m."planId" = k."planId" AND m."agencyId" = k."agencyId" AND m."areaCode" = k."areaCode"
    AND m."month" = k."month" AND m."activityId" = k."activityId" AND m."type" = k."type";
  INSERT INTO "RecordTallyAgencyMonth" ("planId", "agencyId", "areaCode", "month", "activityId", "type", "firstDate",
                                        "records", "quantity", "reachedTotal", "reachedAged14to60", "reachedWomen",
                                        "reachedChildren")
  SELECT t."planId", t."agencyId", t."areaCode", k."month", t."activityId", t."type", min(t."date"),
         sum(t."records")::int, sum(t."quantity"), sum(t."reachedTotal"), sum(t."reachedAged14to60"),
         sum(t."reachedWomen"), sum(t."reachedChildren")
  FROM (SELECT DISTINCT * FROM unnest(touched)) k
  JOIN "RecordTallyAgency" t ON t."planId" = k."planId" AND t."agencyId" = k."agencyId"
    AND t."areaCode" = k."areaCode" AND t."date" >= k."month" AND t."date" < (k."month" + interval '1 month')::date
    AND t."activityId" = k."activityId" AND t."type" = k."type"
  WHERE t."records" > 0
  GROUP BY t."planId", t."agencyId", t."areaCode", k."month", t."activityId", t."type";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "ActivityRecord_tally_agency_insert" AFTER INSERT ON "ActivityRecord"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_tally_agency_apply();
CREATE TRIGGER "ActivityRecord_tally_agency_update" AFTER UPDATE ON "ActivityRecord"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION record_tally_agency_apply();
CREATE TRIGGER "ActivityRecord_tally_agency_delete" AFTER DELETE ON "ActivityRecord"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION record_tally_agency_apply();

-- Records approved before this migration.
INSERT INTO "RecordTallyAgency" ("planId", "agencyId", "areaCode", "date", "activityId", "type", "records", "quantity",
                                 "reachedTotal", "reachedAged14to60", "reachedWomen", "reachedChildren")
SELECT "planId", coalesce("agencyId", ''), "areaCode", "date", coalesce("activityId", ''), "type", count(*)::int,
       sum(coalesce("quantity", 1))::float8,
       sum(coalesce(("reached"->>'total')::float8, 0)),
       sum(coalesce(("reached"->>'aged14to60')::float8, 0)),
       sum(coalesce(("reached"->>'women')::float8, 0)),
       sum(coalesce(("reached"->>'children')::float8, 0))
FROM "ActivityRecord" WHERE "status" = 'approved'
GROUP BY 1, 2, 3, 4, 5, 6;
INSERT INTO "RecordTallyAgencyMonth" ("planId", "agencyId", "areaCode", "month", "activityId", "type", "firstDate",
                                      "records", "quantity", "reachedTotal", "reachedAged14to60", "reachedWomen",
                                      "reachedChildren")
SELECT "planId", "agencyId", "areaCode", date_trunc('month', "date")::date, "activityId", "type", min("date"),
       sum("records")::int, sum("quantity"), sum("reachedTotal"), sum("reachedAged14to60"), sum("reachedWomen"),
       sum("reachedChildren")
FROM "RecordTallyAgency" WHERE "records" > 0
GROUP BY 1, 2, 3, 4, 5, 6;
