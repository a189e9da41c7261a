import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { ChainReportView, checkAuditChain } from "@/features/audit-chain";
import { db } from "@/server/db";
import { requirePermission } from "@/server/session";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("auditChain"))("title") };
}

export default async function AuditChainPage() {
  await requirePermission("audit.read");
  const t = await getTranslations("auditChain");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <ChainReportView report={await checkAuditChain(db)} />
    </>
  );
}
