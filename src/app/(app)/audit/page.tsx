import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { ExportLinks } from "@/features/exports/components/export-links";
import { AuditLog } from "@/features/audit/components/audit-log";
import type { SearchParams } from "@/lib/list-params";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("audit"))("title") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("audit.read");
  const params = await searchParams;
  const t = await getTranslations("audit");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={<ExportLinks list="audit" params={params} />} />
      <AuditLog params={params} />
    </>
  );
}
