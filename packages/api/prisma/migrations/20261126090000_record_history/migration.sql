-- Four eyes on records and their history (issue 12, item 2). A province admin could change a district officer's
-- draft, submit it and approve it: only the creator was barred. From now on whoever entered, changed or submitted a
-- record may not approve it (domain approvalRefusal): "editorIds" keeps everyone who entered or changed the content,
-- "submittedById" the last submitter, and "RecordEvent" the history (who did what, when, what changed).
-- Existing records are filled in from the audit log, which has every change made through the API.

-- CreateEnum
CREATE TYPE "RecordEventAction" AS ENUM ('created', 'imported', 'edited', 'submitted', 'approved', 'rejected', 'attachment_added', 'attachment_removed');

-- AlterTable
ALTER TABLE "ActivityRecord" ADD COLUMN     "editorIds" UUID[] DEFAULT ARRAY[]::UUID[],
ADD COLUMN     "submittedById" UUID;

-- CreateTable
CREATE TABLE "RecordEvent" (
    "id" UUID NOT NULL,
    "recordId" UUID NOT NULL,
    "action" "RecordEventAction" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" UUID,
    "version" INTEGER,
    "changes" JSONB,
    "reason" TEXT,

    CONSTRAINT "RecordEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RecordEvent_recordId_at_idx" ON "RecordEvent"("recordId", "at");

-- AddForeignKey
ALTER TABLE "ActivityRecord" ADD CONSTRAINT "ActivityRecord_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecordEvent" ADD CONSTRAINT "RecordEvent_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "ActivityRecord"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecordEvent" ADD CONSTRAINT "RecordEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Backfill. Audit rows of records name the record in "entityId"; attachment rows carry "recordId" in before/after.
CREATE TEMPORARY TABLE "_record_audit" ON COMMIT DROP AS
SELECT a."id", a."at", a."userId", a."action", a."before", a."after",
       CASE WHEN a."entity" = 'record' THEN a."entityId"
            ELSE COALESCE(a."after" ->> 'recordId', a."before" ->> 'recordId') END AS "recordId"
FROM "AuditLog" a
WHERE (a."entity" = 'record'
       AND a."action" IN ('record.create', 'record.import', 'record.update', 'record.submit', 'record.approve', 'record.reject'))
   OR (a."entity" = 'attachment' AND a."action" IN ('record.attachmentAdd', 'record.attachmentDelete'));
DELETE FROM "_record_audit" a WHERE NOT EXISTS (SELECT 1 FROM "ActivityRecord" r WHERE r."id"::text = a."recordId");

-- Who entered or changed each record's content, in the order they first did.
UPDATE "ActivityRecord" r SET "editorIds" = e."ids"
FROM (
  SELECT c."recordId", array_agg(c."userId" ORDER BY c."first") AS "ids"
  FROM (
    SELECT x."recordId", x."userId", min(x."at") AS "first"
    FROM (
      SELECT "id"::text AS "recordId", "createdById" AS "userId", "createdAt" AS "at" FROM "ActivityRecord"
      UNION ALL
      SELECT "recordId", "userId", "at" FROM "_record_audit"
      WHERE "action" IN ('record.update', 'record.attachmentAdd', 'record.attachmentDelete')
    ) x
    WHERE x."userId" IS NOT NULL
    GROUP BY x."recordId", x."userId"
  ) c
  GROUP BY c."recordId"
) e
WHERE r."id"::text = e."recordId";

-- Who submitted it last.
UPDATE "ActivityRecord" r SET "submittedById" = s."userId"
FROM (
  SELECT DISTINCT ON ("recordId") "recordId", "userId" FROM "_record_audit"
  WHERE "action" = 'record.submit' ORDER BY "recordId", "at" DESC
) s
WHERE r."id"::text = s."recordId" AND r."submittedAt" IS NOT NULL;

-- The history, from the audit log; an edit lists the content fields that changed.
INSERT INTO "RecordEvent" ("id", "recordId", "action", "at", "userId", "version", "changes", "reason")
SELECT gen_random_uuid(), a."recordId"::uuid,
       (CASE a."action"
          WHEN 'record.create' THEN 'created'
          WHEN 'record.import' THEN 'imported'
          WHEN 'record.update' THEN 'edited'
          WHEN 'record.submit' THEN 'submitted'
          WHEN 'record.approve' THEN 'approved'
          WHEN 'record.reject' THEN 'rejected'
          WHEN 'record.attachmentAdd' THEN 'attachment_added'
          ELSE 'attachment_removed' END)::"RecordEventAction",
       a."at", a."userId",
       CASE WHEN a."action" LIKE 'record.attachment%' THEN NULL ELSE (a."after" ->> 'version')::integer END,
       CASE a."action"
         WHEN 'record.update' THEN (
           SELECT jsonb_agg(jsonb_build_object('field', f."name", 'from', a."before" -> f."name", 'to', a."after" -> f."name") ORDER BY f."ord")
           FROM unnest(ARRAY['activityId', 'type', 'date', 'areaCode', 'quantity', 'reached', 'note', 'agencyId'])
                WITH ORDINALITY AS f("name", "ord")
           WHERE (a."before" -> f."name") IS DISTINCT FROM (a."after" -> f."name"))
         WHEN 'record.attachmentAdd' THEN jsonb_build_array(jsonb_build_object('field', 'attachment', 'from', NULL, 'to', a."after" -> 'fileName'))
         WHEN 'record.attachmentDelete' THEN jsonb_build_array(jsonb_build_object('field', 'attachment', 'from', a."before" -> 'fileName', 'to', NULL))
       END,
       CASE WHEN a."action" = 'record.reject' THEN a."after" ->> 'reason' END
FROM "_record_audit" a;

-- Records no audit row speaks of (written behind the API): their history from their own columns.
INSERT INTO "RecordEvent" ("id", "recordId", "action", "at", "userId", "version", "changes", "reason")
SELECT gen_random_uuid(), e."recordId", e."action"::"RecordEventAction", e."at", e."userId", NULL, NULL, e."reason"
FROM (
  SELECT r."id" AS "recordId", 'created' AS "action", r."createdAt" AS "at", r."createdById" AS "userId", NULL AS "reason"
  FROM "ActivityRecord" r
  UNION ALL
  SELECT r."id", 'submitted', r."submittedAt", r."submittedById", NULL FROM "ActivityRecord" r WHERE r."submittedAt" IS NOT NULL
  UNION ALL
  SELECT r."id", 'approved', r."approvedAt", r."approvedById", NULL FROM "ActivityRecord" r WHERE r."approvedAt" IS NOT NULL
  UNION ALL
  SELECT r."id", 'rejected', r."rejectedAt", r."rejectedById", r."reason" FROM "ActivityRecord" r WHERE r."rejectedAt" IS NOT NULL
) e
WHERE NOT EXISTS (SELECT 1 FROM "_record_audit" a WHERE a."recordId" = e."recordId"::text);
