-- Issue 18: a write to ActivityRecord at a million records spent 105-211 ms in the RecordTally trigger, almost all
-- of it in deleting the tallies that reached zero: the DELETE matched on (plan, type, area), which no index of
-- RecordTally starts with, so it read every tally of the table (813k at 1M; EXPLAIN ANALYZE of a one-row approval).
-- Both tally triggers now find those tallies by their whole key (their primary key): the same rows, an index
-- lookup each. Nothing else changes (tally.integration.test.ts: every table equals a recount after every write).

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
    -- A tally of no record is no tally (a separate statement: one statement cannot change a row twice). Found by
    -- its whole key: only the tallies just decremented can have reached zero.
    DELETE FROM "RecordTally" t
    USING (SELECT DISTINCT "planId", coalesce("activityId", '') AS a, "type", "areaCode", "date"
           FROM old_rows WHERE "status" = 'approved') o
    WHERE t."records" <= 0 AND t."planId" = o."planId" AND t."activityId" = o.a AND t."type" = o."type"
      AND t."areaCode" = o."areaCode" AND t."date" = o."date";
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

CREATE OR REPLACE FUNCTION record_tally_agency_apply() RETURNS trigger LANGUAGE plpgsql AS $$
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
    -- A tally of no record is no tally (a separate statement: one statement cannot change a row twice). Found by
    -- its whole key: only the tallies just decremented can have reached zero.
    DELETE FROM "RecordTallyAgency" t
    USING (SELECT DISTINCT "planId", coalesce("agencyId", '') AS g, "areaCode", "date", coalesce("activityId", '') AS a,
                  "type"
           FROM old_rows WHERE "status" = 'approved') o
    WHERE t."records" <= 0 AND t."planId" = o."planId" AND t."agencyId" = o.g AND t."areaCode" = o."areaCode"
      AND t."date" = o."date" AND t."activityId" = o.a AND t."type" = o."type";
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
