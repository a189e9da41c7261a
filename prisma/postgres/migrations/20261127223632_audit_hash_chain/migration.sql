-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN     "hash" TEXT,
ADD COLUMN     "prevHash" TEXT;

-- CreateTable
CREATE TABLE "AuditChainLock" (
    "id" INTEGER NOT NULL,
    "writes" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AuditChainLock_pkey" PRIMARY KEY ("id")
);

-- Audit entries are append-only for everyone, the application's own connection included: no
-- change ever, and no removal before 180 days (等保 2.0 level 3 retention). Written by hand: Prisma's
-- models cannot express triggers, so `db:check` does not see them; tests/db/audit-chain.test.ts does.
CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    RAISE EXCEPTION 'audit entries are append-only';
  END IF;
  IF OLD."at" > now() - interval '180 days' THEN
    RAISE EXCEPTION 'audit entries are kept at least 180 days';
  END IF;
  RETURN OLD;
END
$$;

CREATE TRIGGER "AuditEntry_append_only" BEFORE UPDATE OR DELETE ON "AuditEntry"
FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
