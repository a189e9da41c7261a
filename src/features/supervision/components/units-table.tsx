import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import type { CurrentUser } from "@/server/current-user";
import { db } from "@/server/db";
import { rectificationsByUnit } from "../queries-rectifications";

/** Rectification items per responsible unit; each number opens the list of exactly those items. */
export async function UnitsTable({ user }: { user: CurrentUser }) {
  const t = await getTranslations("supervision");
  const units = await rectificationsByUnit(db, user);
  if (units.length === 0) return <EmptyState title={t("units.empty")} />;
  const cell = (unitId: number, value: number, query: string, tone: string) =>
    value === 0 ? (
      <span className="text-stone-400">0</span>
    ) : (
      <Link href={`/supervision/rectifications?unit=${unitId}&${query}`} className={`font-medium tabular-nums hover:underline ${tone}`}>
        {value}
      </Link>
    );
  return (
    <Table
      caption={t("units.title")}
      head={
        <>
          <Th>{t("fields.unit")}</Th>
          <Th className="px-3 py-2 text-right font-medium whitespace-nowrap">{t("units.pending")}</Th>
          <Th className="px-3 py-2 text-right font-medium whitespace-nowrap">{t("units.overdue")}</Th>
          <Th className="px-3 py-2 text-right font-medium whitespace-nowrap">{t("units.closed")}</Th>
        </>
      }
    >
      {units.map((u) => (
        <tr key={u.unitId} className="hover:bg-stone-50" data-testid="unit-row">
          <Td className="px-3 py-2 min-w-36">{u.unitName}</Td>
          <Td className="px-3 py-2 text-right">{cell(u.unitId, u.pending, "due=pending", "text-brand-700")}</Td>
          <Td className="px-3 py-2 text-right">{cell(u.unitId, u.overdue, "due=overdue", "text-red-700")}</Td>
          <Td className="px-3 py-2 text-right">{cell(u.unitId, u.closed, "status=CLOSED", "text-green-800")}</Td>
        </tr>
      ))}
    </Table>
  );
}
