import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import type { CurrentUser } from "@/server/current-user";
import { db } from "@/server/db";
import { importableKinds, recentImports } from "../queries";

/** The kinds the user may import, each with its template, and the latest imports. */
export async function ImportsIndex({ user }: { user: CurrentUser }) {
  const t = await getTranslations("imports");
  const format = await getFormatter();
  const kinds = importableKinds(user);
  const recent = await recentImports(db, user);
  return (
    <div className="space-y-6">
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {kinds.map((kind) => (
          <li key={kind} className="rounded-lg border border-stone-200 bg-white p-4">
            <Link href={`/imports/${kind}`} className="font-medium text-brand-700 hover:underline" data-testid={`import-kind-${kind}`}>
              {t("kindTitle", { kind: t(`kinds.${kind}`) })}
            </Link>
            <p className="mt-2 text-sm">
              <a href={`/api/imports/${kind}/template`} className="text-stone-600 underline hover:text-brand-700">
                {t("template")}
              </a>
            </p>
          </li>
        ))}
      </ul>
      <section className="space-y-2">
        <h2 className="font-semibold">{t("recent")}</h2>
        {recent.length === 0 ? (
          <EmptyState title={t("recentEmpty")} />
        ) : (
          <Table
            caption={t("recent")}
            head={
              <>
                <Th>{t("recentColumns.at")}</Th>
                <Th>{t("recentColumns.kind")}</Th>
                <Th>{t("recentColumns.file")}</Th>
                <Th>{t("recentColumns.by")}</Th>
                <Th>{t("recentColumns.counts")}</Th>
              </>
            }
          >
            {recent.map((r) => (
              <tr key={r.id}>
                <Td className="px-3 py-2 whitespace-nowrap">{format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" })}</Td>
                <Td>{t(`kinds.${r.kind}`)}</Td>
                <Td className="px-3 py-2 break-all">{r.fileName}</Td>
                <Td>{r.createdBy?.displayName ?? "—"}</Td>
                <Td className="px-3 py-2 tabular-nums">
                  {r.created} / {r.updated} / {r.unchanged}
                </Td>
              </tr>
            ))}
          </Table>
        )}
      </section>
    </div>
  );
}
