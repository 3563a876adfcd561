-- Issue 19: record entry that works offline. A queued record and a queued photo carry the field app's keys, so
-- that sending them again stores nothing twice; the field app syncs with its own limited credential; photos
-- arrive in chunks until whole.

ALTER TABLE "ActivityRecord" ADD COLUMN "idempotencyKey" TEXT;
CREATE UNIQUE INDEX "ActivityRecord_createdById_idempotencyKey_key" ON "ActivityRecord"("createdById", "idempotencyKey");

ALTER TABLE "Attachment" ADD COLUMN "clientKey" TEXT;
CREATE UNIQUE INDEX "Attachment_recordId_clientKey_key" ON "Attachment"("recordId", "clientKey");

CREATE TABLE "FieldCredential" (
    "id" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "userAgent" TEXT,

    CONSTRAINT "FieldCredential_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "FieldCredential_tokenHash_key" ON "FieldCredential"("tokenHash");
CREATE INDEX "FieldCredential_userId_idx" ON "FieldCredential"("userId");
ALTER TABLE "FieldCredential" ADD CONSTRAINT "FieldCredential_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "FieldPhotoUpload" (
    "userId" UUID NOT NULL,
    "photoKey" TEXT NOT NULL,
    "recordId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FieldPhotoUpload_pkey" PRIMARY KEY ("userId","photoKey")
);
