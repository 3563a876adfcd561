-- What the public site shows, one version per kind of entity (issue 18 goal 2). The public app keeps each rendered
-- page in memory with the versions of the kinds it depends on and renders it again only when one of them moved: an
-- article published bumps "content" and leaves the province pages ("progress") in place; kiosk heartbeats, sign-ins,
-- sessions and the audit log touch none of these tables, so they invalidate nothing public.
-- Triggers, not application code, bump the versions: a change made through any API replica, by the seed or by plain
-- SQL is seen the same way, and the bump commits (or rolls back) with the change itself, so a reader that sees the
-- new version also sees the new rows.

-- CreateTable
CREATE TABLE "PublicVersion" (
    "kind" TEXT NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicVersion_pkey" PRIMARY KEY ("kind")
);

INSERT INTO "PublicVersion" ("kind") VALUES ('content'), ('contacts'), ('areas'), ('agencies'), ('plans'), ('progress');

CREATE FUNCTION "pcmbn_bump_public_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "PublicVersion" SET "version" = "version" + 1, "changedAt" = CURRENT_TIMESTAMP WHERE "kind" = ANY (TG_ARGV);
  RETURN NULL;
END
$$;

-- Public figures count approved records only: drafts, submissions and rejections change nothing public.
CREATE FUNCTION "pcmbn_bump_progress_on_records"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    IF EXISTS (SELECT 1 FROM "new_rows" WHERE "status" = 'approved') THEN
      UPDATE "PublicVersion" SET "version" = "version" + 1, "changedAt" = CURRENT_TIMESTAMP WHERE "kind" = 'progress';
      RETURN NULL;
    END IF;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    IF EXISTS (SELECT 1 FROM "old_rows" WHERE "status" = 'approved') THEN
      UPDATE "PublicVersion" SET "version" = "version" + 1, "changedAt" = CURRENT_TIMESTAMP WHERE "kind" = 'progress';
    END IF;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Content_public_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Content"
  FOR EACH STATEMENT EXECUTE FUNCTION "pcmbn_bump_public_version"('content');
CREATE TRIGGER "Contact_public_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Contact"
  FOR EACH STATEMENT EXECUTE FUNCTION "pcmbn_bump_public_version"('contacts');
CREATE TRIGGER "Area_public_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Area"
  FOR EACH STATEMENT EXECUTE FUNCTION "pcmbn_bump_public_version"('areas');
CREATE TRIGGER "AreaLink_public_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AreaLink"
  FOR EACH STATEMENT EXECUTE FUNCTION "pcmbn_bump_public_version"('areas');
CREATE TRIGGER "Agency_public_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Agency"
  FOR EACH STATEMENT EXECUTE FUNCTION "pcmbn_bump_public_version"('agencies');
CREATE TRIGGER "AgencyMember_public_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AgencyMember"
  FOR EACH STATEMENT EXECUTE FUNCTION "pcmbn_bump_public_version"('agencies');
-- A plan's status (published or not) is on the home page and the provinces list; its targets are in the figures.
CREATE TRIGGER "Plan_public_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Plan"
  FOR EACH STATEMENT EXECUTE FUNCTION "pcmbn_bump_public_version"('plans', 'progress');

-- Transition tables allow one event per trigger.
CREATE TRIGGER "ActivityRecord_public_version_insert" AFTER INSERT ON "ActivityRecord"
  REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "pcmbn_bump_progress_on_records"();
CREATE TRIGGER "ActivityRecord_public_version_update" AFTER UPDATE ON "ActivityRecord"
  REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT
  EXECUTE FUNCTION "pcmbn_bump_progress_on_records"();
CREATE TRIGGER "ActivityRecord_public_version_delete" AFTER DELETE ON "ActivityRecord"
  REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "pcmbn_bump_progress_on_records"();
CREATE TRIGGER "ActivityRecord_public_version_truncate" AFTER TRUNCATE ON "ActivityRecord"
  FOR EACH STATEMENT EXECUTE FUNCTION "pcmbn_bump_public_version"('progress');
