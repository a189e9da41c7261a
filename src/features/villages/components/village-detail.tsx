import { FactList } from "@/components/ui/fact-list";
import { writesRegion } from "@/server/scope";
import { DeleteRecordButton } from "@/components/forms/delete-record-button";
import { deleteVillage } from "../actions";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { AuditHistoryLink } from "@/features/audit";
import type { CurrentUser } from "@/server/current-user";
import { seesAllPairings } from "@/domain/visibility";
import { can } from "@/server/permissions";
import type { getVillage } from "../queries";

type Village = NonNullable<Awaited<ReturnType<typeof getVillage>>>;

export async function VillageDetail({ village, user }: { village: Village; user: CurrentUser }) {
  const t = await getTranslations("villages");
  const tp = await getTranslations("pairings");
  const tc = await getTranslations("common");
  const format = await getFormatter();
  const canWrite = can(user.role, "registry.write") && writesRegion(user, village.township.regionId);
  const facts: [string, string | number][] = [
    [t("fields.township"), village.township.name],
    [t("fields.secretary"), village.secretary || "—"],
    [t("fields.households"), village.households ?? tc("notRecorded")],
    [t("fields.population"), village.population ?? tc("notRecorded")],
    [t("fields.memberCount"), village.memberCount ?? tc("notRecorded")],
    [t("fields.poorHouseholds"), village.poorHouseholds ?? tc("notRecorded")],
    [t("fields.position"), village.latitude !== null && village.longitude !== null ? `${village.latitude}, ${village.longitude}` : t("noPosition")],
  ];
  return (
    <>
      <PageHeader
        title={village.name}
        description={
          <Link href={`/townships/${village.township.id}`} className="hover:underline">
            {village.township.name}
          </Link>
        }
        actions={
          <>
            <AuditHistoryLink user={user} entity="Village" id={village.id} />
            {canWrite && (
              <>
                <LinkButton href={`/pairings/new?villageId=${village.id}`}>{tp("new")}</LinkButton>
                <LinkButton href={`/villages/${village.id}/edit`}>{tc("edit")}</LinkButton>
                <DeleteRecordButton id={village.id} name={village.name} namespace="villages" listHref="/villages" action={deleteVillage} />
              </>
            )}
          </>
        }
      />
      <FactList facts={facts} className="rounded-lg border border-stone-200 bg-white p-5 sm:grid-cols-3" valueClassName="text-sm tabular-nums" />
      <h2 className="mt-6 mb-2 font-semibold">{t("pairings")}</h2>
      {village.pairings.length === 0 ? (
        <p className="text-sm text-stone-500">{seesAllPairings(user) ? t("noPairings") : tc("pairingsInScopeOnly")}</p>
      ) : (
        <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white">
          {village.pairings.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2 text-sm">
              <Link href={`/pairings/${p.id}`} className="text-brand-700 hover:underline">
                {p.unit.name}
              </Link>
              <span className="flex items-center gap-2 text-stone-500">
                {format.dateTime(p.startDate, { dateStyle: "long" })}
                {p.endDate && <> – {format.dateTime(p.endDate, { dateStyle: "long" })}</>}
                <Badge tone={p.status === "ACTIVE" ? "green" : "neutral"}>{tc(`pairingStatus.${p.status}`)}</Badge>
              </span>
            </li>
          ))}
        </ul>
      )}
      {village.users.length > 0 && (
        <p className="mt-4 text-sm text-stone-500">{t("accounts", { names: village.users.map((u) => u.displayName).join("、") })}</p>
      )}
    </>
  );
}
