-- Record list (record.list): the default order is newest date first across the user's plans, and "created by me"
-- is a common filter; both must stay fast with 100,000+ records (see src/records/list.integration.test.ts).
CREATE INDEX "ActivityRecord_date_id_idx" ON "ActivityRecord"("date", "id");
CREATE INDEX "ActivityRecord_createdById_date_idx" ON "ActivityRecord"("createdById", "date");
CREATE INDEX "ActivityRecord_planId_date_id_idx" ON "ActivityRecord"("planId", "date", "id");
