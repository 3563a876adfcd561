-- A report is a document with a life (issue 13, item 3): the sender writes its narrative and submits; the recipient
-- accepts it or returns it with a reason; each submission freezes what was sent ("ReportSnapshot": the content and
-- the DOCX bytes), and "ReportEvent" keeps the history. "ReportSubmission"."status" now also takes 'returned' and
-- 'accepted'.

-- AlterTable
ALTER TABLE "ReportSubmission" ADD COLUMN     "results" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "difficulties" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "proposals" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "signerName" TEXT,
ADD COLUMN     "returnReason" TEXT,
ADD COLUMN     "decidedAt" TIMESTAMP(3),
ADD COLUMN     "decidedById" UUID;

-- CreateTable
CREATE TABLE "ReportSnapshot" (
    "id" UUID NOT NULL,
    "submissionId" UUID NOT NULL,
    "sequence" INTEGER NOT NULL,
    "document" JSONB NOT NULL,
    "narrative" JSONB NOT NULL,
    "figures" JSONB NOT NULL,
    "docx" BYTEA NOT NULL,
    "fileName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,

    CONSTRAINT "ReportSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportEvent" (
    "id" UUID NOT NULL,
    "submissionId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT NOT NULL,
    "reason" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" UUID,

    CONSTRAINT "ReportEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReportSnapshot_submissionId_sequence_key" ON "ReportSnapshot"("submissionId", "sequence");

-- CreateIndex
CREATE INDEX "ReportEvent_submissionId_at_idx" ON "ReportEvent"("submissionId", "at");

-- AddForeignKey
ALTER TABLE "ReportSnapshot" ADD CONSTRAINT "ReportSnapshot_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "ReportSubmission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportEvent" ADD CONSTRAINT "ReportEvent_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "ReportSubmission"("id") ON DELETE CASCADE ON UPDATE CASCADE;
