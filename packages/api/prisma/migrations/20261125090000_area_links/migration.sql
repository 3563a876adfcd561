-- How administrative units of one structure became units of a later one (the 2020 Lai Châu merges, the 01/03/2025
-- → 01/07/2025 reform, Trà Vinh into Vĩnh Long). GSO codes are reused across structures, so both ends are
-- (code, structure), the key of "Area". `coverage`: 'full' — the whole old unit went into the new one; 'partial' —
-- only part of it did (such an old unit has several rows). A unit whose successor no source names has no row at
-- all: readers say "không rõ" rather than guess.

-- CreateTable
CREATE TABLE "AreaLink" (
    "fromCode" TEXT NOT NULL,
    "fromStructure" DATE NOT NULL,
    "toCode" TEXT NOT NULL,
    "toStructure" DATE NOT NULL,
    "coverage" TEXT NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "AreaLink_pkey" PRIMARY KEY ("fromCode","fromStructure","toCode","toStructure"),
    CONSTRAINT "AreaLink_coverage_check" CHECK ("coverage" IN ('full', 'partial')),
    -- A link always goes forward in time: following links can never loop.
    CONSTRAINT "AreaLink_structure_check" CHECK ("toStructure" > "fromStructure")
);

-- CreateIndex
CREATE INDEX "AreaLink_toCode_toStructure_idx" ON "AreaLink"("toCode", "toStructure");

-- AddForeignKey
ALTER TABLE "AreaLink" ADD CONSTRAINT "AreaLink_fromCode_fromStructure_fkey" FOREIGN KEY ("fromCode", "fromStructure") REFERENCES "Area"("code", "structure") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AreaLink" ADD CONSTRAINT "AreaLink_toCode_toStructure_fkey" FOREIGN KEY ("toCode", "toStructure") REFERENCES "Area"("code", "structure") ON DELETE RESTRICT ON UPDATE CASCADE;
