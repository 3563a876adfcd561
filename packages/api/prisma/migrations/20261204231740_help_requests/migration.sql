-- Messages to a province's hotline desk from people who cannot speak on the phone (issue 16 item 6). Only what the
-- desk needs: no IP address, no browser, no name; deleted by the retention job (PCMBN_RETAIN_HELP_REQUEST_DAYS).

-- CreateTable
CREATE TABLE "HelpRequest" (
    "id" UUID NOT NULL,
    "receipt" TEXT NOT NULL,
    "provinceCode" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "contactPhone" TEXT,
    "safeTime" TEXT,
    "lang" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "handledAt" TIMESTAMPTZ(3),
    "handledById" UUID,
    "handledNote" TEXT,

    CONSTRAINT "HelpRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "HelpRequest_receipt_key" ON "HelpRequest"("receipt");

-- CreateIndex
CREATE INDEX "HelpRequest_provinceCode_createdAt_idx" ON "HelpRequest"("provinceCode", "createdAt");

-- CreateIndex
CREATE INDEX "HelpRequest_createdAt_idx" ON "HelpRequest"("createdAt");

-- AddForeignKey
ALTER TABLE "HelpRequest" ADD CONSTRAINT "HelpRequest_handledById_fkey" FOREIGN KEY ("handledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
