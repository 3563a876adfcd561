-- Agency organisation links, until now read from the domain's seed catalogue when plans were loaded: the entry an
-- agency belongs to (a district committee → "UBND các huyện…" → the provincial committee), the members of a group
-- entry the plans address as one, and the administrative unit a local committee governs. GSO codes are reused
-- across administrative structures, so the unit is (areaCode, areaStructure), the key of "Area".
-- Existing databases get the seed agencies' links from the seed, which runs at every start and fills them where
-- they are still empty (src/seed/agencies.ts).

-- AlterTable
ALTER TABLE "Agency" ADD COLUMN "parentId" TEXT,
ADD COLUMN "areaCode" TEXT,
ADD COLUMN "areaStructure" DATE;

-- A composite foreign key with one NULL column is not checked at all (MATCH SIMPLE): both or neither.
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_area_check" CHECK (("areaCode" IS NULL) = ("areaStructure" IS NULL));
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_parentId_check" CHECK ("parentId" <> "id");

-- CreateTable
CREATE TABLE "AgencyMember" (
    "groupId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,

    CONSTRAINT "AgencyMember_pkey" PRIMARY KEY ("groupId","memberId"),
    CONSTRAINT "AgencyMember_check" CHECK ("groupId" <> "memberId")
);

-- CreateIndex
CREATE INDEX "Agency_parentId_idx" ON "Agency"("parentId");

-- CreateIndex
CREATE INDEX "Agency_areaCode_areaStructure_idx" ON "Agency"("areaCode", "areaStructure");

-- CreateIndex
CREATE INDEX "AgencyMember_memberId_idx" ON "AgencyMember"("memberId");

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_areaCode_areaStructure_fkey" FOREIGN KEY ("areaCode", "areaStructure") REFERENCES "Area"("code", "structure") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyMember" ADD CONSTRAINT "AgencyMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyMember" ADD CONSTRAINT "AgencyMember_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;
