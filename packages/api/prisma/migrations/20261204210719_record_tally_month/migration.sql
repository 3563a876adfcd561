-- Issue 18 goal 1: approved records summed per (plan, activity, type, area, month) besides the day tallies, dated
-- their earliest day. A call reads month tallies for the months no rule splits and day tallies for the others
-- (domain dateSplits / monthTallies; src/plans/tally.ts): a few tens of thousands of rows for a province whatever
-- the number of records. Kept by the same statement trigger, recounted from the day tallies of the months touched.

CREATE TABLE "RecordTallyMonth" (
    "planId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL DEFAULT '',
    "type" TEXT NOT NULL,
    "areaCode" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "firstDate" DATE NOT NULL,
    "records" INTEGER NOT NULL,
    "quantity" DOUBLE PRECISION NOT NULL,
    "reachedTotal" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "reachedAged14to60" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "reachedWomen" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "reachedChildren" DOUBLE PRECISION NOT NULL DEFAULT 0,

    CONSTRAINT "RecordTallyMonth_pkey" PRIMARY KEY ("planId", "activityId", "type", "areaCode", "month")
);

-- Day tallies of one plan and month (the reads of split months).
CREATE INDEX "RecordTally_planId_date_idx" ON "RecordTally"("planId", "date");

CREATE TYPE record_tally_key AS ("planId" TEXT, "activityId" TEXT, "type" TEXT, "areaCode" TEXT, "month" DATE);

CREATE OR REPLACE FUNCTION record_tally_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  touched record_tally_key[] := '{}';
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    WITH d AS (
      SELECT "planId", coalesce("activityId", '') AS a, "type", "areaCode", "date",
             count(*)::int AS n,
             sum(coalesce("quantity", 1))::float8 AS q,
             sum(coalesce(("reached"->>'total')::float8, 0)) AS rt,
             sum(coalesce(("reached"->>'aged14to60')::float8, 0)) AS ra,
             sum(coalesce(("reached"->>'women')::float8, 0)) AS rw,
             sum(coalesce(("reached"->>'children')::float8, 0)) AS rc
      FROM old_rows WHERE "status" = 'approved'
      GROUP BY 1, 2, 3, 4, 5
    )
    UPDATE "RecordTally" t
    SET "records" = t."records" - d.n, "quantity" = t."quantity" - d.q,
        "reachedTotal" = t."reachedTotal" - d.rt, "reachedAged14to60" = t."reachedAged14to60" - d.ra,
        "reachedWomen" = t."reachedWomen" - d.rw, "reachedChildren" = t."reachedChildren" - d.rc
    FROM d
    WHERE t."planId" = d."planId" AND t."activityId" = d.a AND t."type" = d."type"
      AND t."areaCode" = d."areaCode" AND t."date" = d."date";
    -- A tally of no record is no tally (a separate statement: one statement cannot change a row twice).
    DELETE FROM "RecordTally" t USING (SELECT DISTINCT "planId", "type", "areaCode" FROM old_rows) o
    WHERE t."records" <= 0 AND t."planId" = o."planId" AND t."type" = o."type" AND t."areaCode" = o."areaCode";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "RecordTally" AS t ("planId", "activityId", "type", "areaCode", "date", "records", "quantity",
                                    "reachedTotal", "reachedAged14to60", "reachedWomen", "reachedChildren")
    SELECT "planId", coalesce("activityId", ''), "type", "areaCode", "date", count(*)::int,
           sum(coalesce("quantity", 1))::float8,
           sum(coalesce(("reached"->>'total')::float8, 0)),
           sum(coalesce(("reached"->>'aged14to60')::float8, 0)),
           sum(coalesce(("reached"->>'women')::float8, 0)),
           sum(coalesce(("reached"->>'children')::float8, 0))
    FROM new_rows WHERE "status" = 'approved'
    GROUP BY 1, 2, 3, 4, 5
    -- A stable order: two transactions touching the same tallies lock them in the same order (no deadlock).
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ("planId", "activityId", "type", "areaCode", "date") DO UPDATE
    SET "records" = t."records" + excluded."records", "quantity" = t."quantity" + excluded."quantity",
        "reachedTotal" = t."reachedTotal" + excluded."reachedTotal",
        "reachedAged14to60" = t."reachedAged14to60" + excluded."reachedAged14to60",
        "reachedWomen" = t."reachedWomen" + excluded."reachedWomen",
        "reachedChildren" = t."reachedChildren" + excluded."reachedChildren";
  END IF;
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "PlanDataVersion" AS v ("planId", "version")
    SELECT "planId", nextval('plan_data_version_seq')
    FROM (SELECT DISTINCT "planId" FROM new_rows WHERE "status" = 'approved' ORDER BY 1) p
    ON CONFLICT ("planId") DO UPDATE SET "version" = excluded."version";
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "PlanDataVersion" AS v ("planId", "version")
    SELECT "planId", nextval('plan_data_version_seq')
    FROM (SELECT DISTINCT "planId" FROM old_rows WHERE "status" = 'approved' ORDER BY 1) p
    ON CONFLICT ("planId") DO UPDATE SET "version" = excluded."version";
  ELSE
    INSERT INTO "PlanDataVersion" AS v ("planId", "version")
    SELECT "planId", nextval('plan_data_version_seq') FROM (
      SELECT "planId" FROM old_rows WHERE "status" = 'approved'
      UNION SELECT "planId" FROM new_rows WHERE "status" = 'approved'
      ORDER BY 1
    ) p
    ON CONFLICT ("planId") DO UPDATE SET "version" = excluded."version";
  END IF;
  -- Month tallies of the (plan, activity, type, area, month)s touched, recounted from the day tallies. One change at
  -- a time per plan (a transaction lock, held to its end): the recount then sees every committed day tally, and two
  -- transactions never write the same month row.
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT coalesce(array_agg(DISTINCT ROW("planId", coalesce("activityId", ''), "type", "areaCode",
                                          date_trunc('month', "date")::date)::record_tally_key), '{}')
    INTO touched FROM old_rows WHERE "status" = 'approved';
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT touched || coalesce(array_agg(DISTINCT ROW("planId", coalesce("activityId", ''), "type", "areaCode",
                                                      date_trunc('month', "date")::date)::record_tally_key), '{}')
    INTO touched FROM new_rows WHERE "status" = 'approved';
  END IF;
  IF cardinality(touched) = 0 THEN
    RETURN NULL;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('RecordTallyMonth'), hashtext(p."planId"))
  FROM (SELECT DISTINCT k."planId" FROM unnest(touched) k ORDER BY 1) p;
  DELETE FROM "RecordTallyMonth" m USING (SELECT DISTINCT * FROM unnest(touched)) k
  WHERE m."planId" = k."planId" AND m."activityId" = k."activityId" AND m."type" = k."type"
    AND m."areaCode" = k."areaCode" AND m."month" = k."month";
  INSERT INTO "RecordTallyMonth" ("planId", "activityId", "type", "areaCode", "month", "firstDate", "records",
                                  "quantity", "reachedTotal", "reachedAged14to60", "reachedWomen", "reachedChildren")
  SELECT t."planId", t."activityId", t."type", t."areaCode", k."month", min(t."date"), sum(t."records")::int,
         sum(t."quantity"), sum(t."reachedTotal"), sum(t."reachedAged14to60"), sum(t."reachedWomen"),
         sum(t."reachedChildren")
  FROM (SELECT DISTINCT * FROM unnest(touched)) k
  JOIN "RecordTally" t ON t."planId" = k."planId" AND t."activityId" = k."activityId" AND t."type" = k."type"
    AND t."areaCode" = k."areaCode" AND t."date" >= k."month" AND t."date" < (k."month" + interval '1 month')::date
  WHERE t."records" > 0
  GROUP BY t."planId", t."activityId", t."type", t."areaCode", k."month";
  RETURN NULL;
END;
$$;


-- Day tallies kept before this migration.
INSERT INTO "RecordTallyMonth" ("planId", "activityId", "type", "areaCode", "month", "firstDate", "records",
                                "quantity", "reachedTotal", "reachedAged14to60", "reachedWomen", "reachedChildren")
SELECT "planId", "activityId", "type", "areaCode", date_trunc('month', "date")::date, min("date"), sum("records")::int,
       sum("quantity"), sum("reachedTotal"), sum("reachedAged14to60"), sum("reachedWomen"), sum("reachedChildren")
FROM "RecordTally" WHERE "records" > 0
GROUP BY 1, 2, 3, 4, 5;
