import { FactList } from "@/components/ui/fact-list";
import { writesRegion } from "@/server/scope";
import { DeleteRecordButton } from "@/components/forms/delete-record-button";
import { deleteUnit } from "../actions";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { AuditHistoryLink } from "@/features/audit";
import type { CurrentUser } from "@/server/current-user";
import { seesAllPairings } from "@/domain/visibility";
import { can } from "@/server/permissions";
import type { getUnit } from "../queries";

type Unit = NonNullable<Awaited<ReturnType<typeof getUnit>>>;

export async function UnitDetail({ unit, user }: { unit: Unit; user: CurrentUser }) {
  const t = await getTranslations("units");
  const tc = await getTranslations("common");
  const format = await getFormatter();
  // A higher department reads a county's units; it edits only its own region's.
  const canWrite = can(user.role, "registry.write") && writesRegion(user, unit.regionId);
  const facts: [string, string | number][] = [
    [t("fields.kind"), t(`kinds.${unit.kind}`)],
    [t("fields.isWindowService"), unit.isWindowService ? tc("yes") : tc("no")],
    [t("fields.partyOrgName"), unit.partyOrgName || "—"],
    [t("fields.secretary"), unit.secretary || "—"],
    [t("fields.phone"), unit.phone || "—"],
    [t("fields.memberCount"), unit.memberCount ?? tc("notRecorded")],
  ];
  return (
    <>
      <PageHeader
        title={unit.name}
        actions={
          <>
            <AuditHistoryLink user={user} entity="Unit" id={unit.id} />
            {canWrite && (
              <>
                <LinkButton href={`/units/${unit.id}/edit`}>{tc("edit")}</LinkButton>
                <DeleteRecordButton id={unit.id} name={unit.name} namespace="units" listHref="/units" action={deleteUnit} />
              </>
            )}
          </>
        }
      />
      <FactList facts={facts} className="rounded-lg border border-stone-200 bg-white p-5 sm:grid-cols-2" />
      <h2 className="mt-6 mb-2 font-semibold">{t("pairings")}</h2>
      {unit.pairings.length === 0 ? (
        <p className="text-sm text-stone-500">{seesAllPairings(user) ? t("noPairings") : tc("pairingsInScopeOnly")}</p>
      ) : (
        <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white">
          {unit.pairings.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2 text-sm">
              <Link href={`/pairings/${p.id}`} className="text-brand-700 hover:underline">
                {p.village.township.name} · {p.village.name}
              </Link>
              <span className="flex items-center gap-2 text-stone-500">
                {format.dateTime(p.startDate, { dateStyle: "long" })}
                <Badge tone={p.status === "ACTIVE" ? "green" : "neutral"}>{tc(`pairingStatus.${p.status}`)}</Badge>
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
