-- Issue 18 goal 1: which (plan, activity, type, area, month)s each change touched, numbered per plan in commit order
-- (the trigger writes them under the plan's lock), so that a reader keeping a plan's tallies in memory reads only
-- what changed since (src/plans/tally.ts). Rows older than a day are deleted by the reader's retention
-- (a reader further behind reads everything again).

CREATE TABLE "RecordTallyChange" (
    "seq" BIGSERIAL NOT NULL,
    "planId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "areaCode" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecordTallyChange_pkey" PRIMARY KEY ("seq")
);

CREATE INDEX "RecordTallyChange_planId_seq_idx" ON "RecordTallyChange"("planId", "seq");

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
  -- After the lock: a plan's changes are numbered in the order they commit.
  INSERT INTO "RecordTallyChange" ("planId", "activityId", "type", "areaCode", "month")
  SELECT * FROM (SELECT DISTINCT * FROM unnest(touched)) k ORDER BY 1, 2, 3, 4, 5;
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

