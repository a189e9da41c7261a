-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN "hash" TEXT;
ALTER TABLE "AuditEntry" ADD COLUMN "prevHash" TEXT;

-- CreateTable
CREATE TABLE "AuditChainLock" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "writes" INTEGER NOT NULL DEFAULT 0
);

-- Audit entries are append-only for everyone, the application's own connection included: no
-- change ever, and no removal before 180 days (等保 2.0 level 3 retention). Written by hand: Prisma's
-- models cannot express triggers, so `db:check` does not see them; tests/db/audit-chain.test.ts does.
CREATE TRIGGER "AuditEntry_no_update" BEFORE UPDATE ON "AuditEntry"
BEGIN
  SELECT RAISE(ABORT, 'audit entries are append-only');
END;

CREATE TRIGGER "AuditEntry_retention" BEFORE DELETE ON "AuditEntry"
WHEN julianday(OLD."at") > julianday('now', '-180 days')
BEGIN
  SELECT RAISE(ABORT, 'audit entries are kept at least 180 days');
END;
