-- Uploaded files in PostgreSQL (issue 18 goal 5): record attachments and pending import files, under the same
-- relative paths the upload folder used ('attachments/2026/<uuid>.jpg', 'imports/<user>/<uuid>'), so that every API
-- replica reads what any of them stored (src/server/file-store.ts). Files already on disk stay readable there.

-- CreateTable
CREATE TABLE "StoredFile" (
    "path" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "size" INTEGER NOT NULL,
    "fileName" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("path")
);
