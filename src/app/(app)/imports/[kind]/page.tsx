import { getTranslations } from "next-intl/server";
import { forbidden, notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { ImportPanel } from "@/features/imports/components/import-panel";
import { importableKinds } from "@/features/imports/queries";
import { MAX_FILE_BYTES, MAX_ROWS } from "@/features/imports/read-table";
import { IMPORT_KINDS, type ImportKindName } from "@/features/imports/kind";
import { requireUser } from "@/server/session";

const LISTS: Record<ImportKindName, string> = { units: "/units", villages: "/villages", pairings: "/pairings", activities: "/activities", pledges: "/pledges", visits: "/supervision/visits", surveys: "/surveys" };

export async function generateMetadata({ params }: { params: Promise<{ kind: string }> }) {
  const t = await getTranslations("imports");
  const { kind: name } = await params;
  const kind = IMPORT_KINDS.find((k) => k === name);
  return { title: kind ? t("kindTitle", { kind: t(`kinds.${kind}`) }) : t("title") };
}

export default async function ImportKindPage({ params }: { params: Promise<{ kind: string }> }) {
  const user = await requireUser();
  const { kind: name } = await params;
  const kind = IMPORT_KINDS.find((k) => k === name);
  if (!kind) notFound();
  if (!importableKinds(user).includes(kind)) forbidden();
  const t = await getTranslations("imports");
  return (
    <>
      <PageHeader
        title={t("kindTitle", { kind: t(`kinds.${kind}`) })}
        description={
          <>
            {t("templateHint")}{" "}
            <a href={`/api/imports/${kind}/template`} className="font-medium text-brand-700 underline" data-testid="import-template">
              {t("template")}
            </a>
            <br />
            {t("fileHint", { mb: MAX_FILE_BYTES / 1024 / 1024, rows: MAX_ROWS.toLocaleString("zh-CN") })}
          </>
        }
      />
      <ImportPanel kind={kind} listHref={LISTS[kind]} />
    </>
  );
}
