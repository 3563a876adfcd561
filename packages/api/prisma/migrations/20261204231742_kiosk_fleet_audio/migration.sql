-- Issue 16 items 12 and 13: kiosk fleet operations (whom to call, remote reload, last screenshot, emergency
-- messages) and spoken audio of published content for the kiosk's listen button.

ALTER TABLE "KioskDevice" ADD COLUMN "contactName" TEXT,
ADD COLUMN "contactPhone" TEXT,
ADD COLUMN "reloadRequestedAt" TIMESTAMP(3),
ADD COLUMN "reloadDeliveredAt" TIMESTAMP(3),
ADD COLUMN "screenshotPath" TEXT,
ADD COLUMN "screenshotAt" TIMESTAMP(3);

CREATE TABLE "KioskMessage" (
    "id" UUID NOT NULL,
    "provinceCode" TEXT NOT NULL,
    "areaCode" TEXT,
    "textVi" TEXT NOT NULL,
    "textEn" TEXT,
    "textKm" TEXT,
    "startsAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KioskMessage_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "KioskMessage_provinceCode_expiresAt_idx" ON "KioskMessage"("provinceCode", "expiresAt");

CREATE TABLE "ContentAudio" (
    "id" UUID NOT NULL,
    "contentId" UUID NOT NULL,
    "part" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContentAudio_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "ContentAudio_contentId_part_key" ON "ContentAudio"("contentId", "part");

ALTER TABLE "ContentAudio" ADD CONSTRAINT "ContentAudio_contentId_fkey" FOREIGN KEY ("contentId") REFERENCES "Content"("id") ON DELETE CASCADE ON UPDATE CASCADE;
