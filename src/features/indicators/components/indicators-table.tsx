import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { db } from "@/server/db";
import { indicatorLabel } from "@/domain/format";
import { listIndicators } from "../queries";
import { INDICATOR_GROUPS } from "../schemas";
import { IndicatorRowActions } from "./indicator-row-actions";

/** The catalogue, one table per group as the source report groups its figures. */
export async function IndicatorsTable() {
  const t = await getTranslations("indicators");
  const locale = await getLocale();
  const indicators = await listIndicators(db);
  if (indicators.length === 0) return <EmptyState title={t("empty")} />;
  return (
    <div className="space-y-6">
      {INDICATOR_GROUPS.map((group) => {
        const rows = indicators.filter((i) => i.group === group);
        if (rows.length === 0) return null;
        return (
          <section key={group}>
            <h2 className="mb-2 font-semibold">{t(`groups.${group}`)}</h2>
            <Table
              caption={t(`groups.${group}`)}
              head={
                <>
                  <Th>{t("fields.labelZh")}</Th>
                  <Th>{t("fields.labelEn")}</Th>
                  <Th>{t("fields.code")}</Th>
                  <Th>{t("fields.unitZh")}</Th>
                  <Th>{t("fields.uses")}</Th>
                  <Th>{t("fields.state")}</Th>
                  <Th />
                </>
              }
            >
              {rows.map((i) => (
                <tr key={i.id} className={i.active ? undefined : "bg-stone-50 text-stone-500"}>
                  <Td className="px-3 py-2 align-top min-w-32 font-medium">{i.labelZh}</Td>
                  <Td className="px-3 py-2 align-top min-w-40">{i.labelEn}</Td>
                  <Td className="px-3 py-2 align-top font-mono text-xs">{i.code}</Td>
                  <Td className="px-3 py-2 align-top whitespace-nowrap">
                    {i.unitZh} / {i.unitEn}
                    {i.isMoney && (
                      <span className="ml-1">
                        <Badge tone="amber">¥</Badge>
                      </span>
                    )}
                  </Td>
                  <Td className="px-3 py-2 align-top tabular-nums">{i._count.values}</Td>
                  <Td className="px-3 py-2 align-top whitespace-nowrap">
                    <Badge tone={i.active ? "green" : "neutral"}>{i.active ? t("active") : t("inactive")}</Badge>
                  </Td>
                  <Td className="px-3 py-2 align-top">
                    <IndicatorRowActions id={i.id} label={indicatorLabel(i, locale)} active={i.active} uses={i._count.values} />
                    {i._count.values > 0 && <p className="mt-1 text-xs text-stone-500">{t("inUseNote", { count: i._count.values })}</p>}
                  </Td>
                </tr>
              ))}
            </Table>
          </section>
        );
      })}
    </div>
  );
}
