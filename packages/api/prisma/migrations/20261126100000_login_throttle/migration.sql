-- Sign-in failures of e-mail addresses that have no account, counted and locked like "User"."failedLoginCount" /
-- "User"."lockedUntil", so an unknown address answers exactly like an existing one (src/auth/login.ts).

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);
