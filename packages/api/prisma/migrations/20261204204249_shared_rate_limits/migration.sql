-- Rate limits every API replica shares (issue 18 goal 5): one token bucket per (limit, key), read and advanced in a
-- single statement (src/server/shared-limits.ts), so a limit means the same behind one replica or ten. Rows untouched
-- for a day are deleted by the retention job (src/server/retention.ts).

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "tokens" DOUBLE PRECISION NOT NULL,
    "ok" BOOLEAN NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("name","key")
);

-- CreateIndex
CREATE INDEX "RateLimitBucket_updatedAt_idx" ON "RateLimitBucket"("updatedAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_at_idx" ON "LoginAttempt"("at");
