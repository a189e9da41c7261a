import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { FactList } from "@/components/ui/fact-list";
import { PageHeader } from "@/components/ui/page-header";
import { rectificationDaysOverdue } from "@/domain/overdue";
import type { CurrentUser } from "@/server/current-user";
import { can } from "@/server/permissions";
import { writesRegion } from "@/server/scope";
import type { InspectionDetail as Inspection } from "../queries-inspections";
import { RectificationBadges } from "./badges";
import { RectificationForm } from "./rectification-form";

const labelOf = (p: Inspection["pairings"][number]["pairing"]) => `${p.unit.name} — ${p.village.township.name}${p.village.name}`;

export async function InspectionDetail({ inspection: i, user }: { inspection: Inspection; user: CurrentUser }) {
  const t = await getTranslations("supervision");
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const now = new Date();
  return (
    <>
      <PageHeader title={`${date(i.date)} ${t(`kinds.${i.kind}`)}`} description={t("inspections.covered", { count: i.pairings.length })} />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <section className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
            <FactList
              className="sm:grid-cols-2"
              facts={[
                [t("fields.date"), date(i.date)],
                [t("fields.kind"), t(`kinds.${i.kind}`)],
                [t("fields.inspectors"), i.inspectors],
              ]}
            />
            <h2 className="mt-4 text-xs text-stone-500">{t("fields.findings")}</h2>
            <p className="text-sm whitespace-pre-line">{i.findings || "—"}</p>
          </section>
          <section className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5" data-testid="inspection-items">
            <h2 className="mb-2 font-semibold">{t("inspections.itemsTitle")}</h2>
            {i.rectifications.length === 0 ? (
              <p className="text-sm text-stone-500">{t("inspections.noItems")}</p>
            ) : (
              <ul className="divide-y divide-stone-100">
                {i.rectifications.map((r) => (
                  <li key={r.id} className="py-2">
                    <Link href={`/supervision/rectifications/${r.id}`} className="text-sm font-medium text-brand-700 hover:underline">
                      {r.description}
                    </Link>
                    <p className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-stone-500">
                      {r.pairing && <span>{labelOf(r.pairing)}</span>}
                      <span>{t("rectifications.dueOn", { date: date(r.dueDate) })}</span>
                      <RectificationBadges status={r.status} returned={Boolean(r.returnReason)} daysOverdue={rectificationDaysOverdue(r, now)} />
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        <div className="space-y-4">
          {/* Items are raised only when every covered pairing is of the department's own region (the server's rule). */}
          {can(user.role, "supervision.write") && i.pairings.every(({ pairing }) => writesRegion(user, pairing.unit.regionId)) && <RectificationForm inspectionId={i.id} pairings={i.pairings.map(({ pairing }) => ({ id: pairing.id, label: labelOf(pairing) }))} />}
          <section className="rounded-lg border border-stone-200 bg-white p-4">
            <h2 className="mb-2 font-semibold">{t("inspections.coveredTitle")}</h2>
            <ul className="space-y-1 text-sm">
              {i.pairings.map(({ pairing }) => (
                <li key={pairing.id}>
                  <Link href={`/pairings/${pairing.id}`} className="text-brand-700 hover:underline">
                    {labelOf(pairing)}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        </div>
      </div>
    </>
  );
}
