-- Issue 18 goal 1: approved records summed per (plan, activity, type, area, day), kept in the same transaction as
-- every change to ActivityRecord by statement triggers (one call per statement: a bulk import or a generated
-- million rows is one grouped update, not a million). Readers: src/plans/tally.ts.

CREATE TABLE "RecordTally" (
    "planId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL DEFAULT '',
    "type" TEXT NOT NULL,
    "areaCode" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "records" INTEGER NOT NULL,
    "quantity" DOUBLE PRECISION NOT NULL,
    "reachedTotal" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "reachedAged14to60" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "reachedWomen" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "reachedChildren" DOUBLE PRECISION NOT NULL DEFAULT 0,

    CONSTRAINT "RecordTally_pkey" PRIMARY KEY ("planId", "activityId", "type", "areaCode", "date")
);

-- Versions come from a sequence: a number handed to a transaction that rolls back is never handed out again, so
-- an evaluation kept for (plan, version) can never be mistaken for another state of the data.
CREATE SEQUENCE plan_data_version_seq;

CREATE TABLE "PlanDataVersion" (
    "planId" TEXT NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "PlanDataVersion_pkey" PRIMARY KEY ("planId")
);

-- One row's contribution, grouped: used for the rows leaving (old) and entering (new) the approved set.
CREATE FUNCTION record_tally_apply() RETURNS trigger LANGUAGE plpgsql AS $$
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
  RETURN NULL;
END;
$$;

CREATE TRIGGER "ActivityRecord_tally_insert" AFTER INSERT ON "ActivityRecord"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_tally_apply();
CREATE TRIGGER "ActivityRecord_tally_update" AFTER UPDATE ON "ActivityRecord"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_tally_apply();
CREATE TRIGGER "ActivityRecord_tally_delete" AFTER DELETE ON "ActivityRecord"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION record_tally_apply();

-- Records approved before this migration.
INSERT INTO "RecordTally" ("planId", "activityId", "type", "areaCode", "date", "records", "quantity",
                           "reachedTotal", "reachedAged14to60", "reachedWomen", "reachedChildren")
SELECT "planId", coalesce("activityId", ''), "type", "areaCode", "date", count(*)::int,
       sum(coalesce("quantity", 1))::float8,
       sum(coalesce(("reached"->>'total')::float8, 0)),
       sum(coalesce(("reached"->>'aged14to60')::float8, 0)),
       sum(coalesce(("reached"->>'women')::float8, 0)),
       sum(coalesce(("reached"->>'children')::float8, 0))
FROM "ActivityRecord" WHERE "status" = 'approved'
GROUP BY 1, 2, 3, 4, 5;
INSERT INTO "PlanDataVersion" ("planId", "version")
SELECT "planId", nextval('plan_data_version_seq')
FROM (SELECT DISTINCT "planId" FROM "ActivityRecord" WHERE "status" = 'approved') p;
