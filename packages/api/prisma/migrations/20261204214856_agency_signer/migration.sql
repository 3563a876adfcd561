-- Issue 13.3: "the signer's title and name come from the agency". Who signs an agency's reports, effective-dated
-- (the signer on a report's date is the entry with the latest validFrom on or before it), and the title a report
-- was signed under.

CREATE TABLE "AgencySigner" (
    "agencyId" TEXT NOT NULL,
    "validFrom" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "setById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AgencySigner_pkey" PRIMARY KEY ("agencyId","validFrom")
);

ALTER TABLE "AgencySigner" ADD CONSTRAINT "AgencySigner_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "ReportSubmission" ADD COLUMN "signerTitle" TEXT;
