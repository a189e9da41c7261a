import { DeleteRecordButton } from "@/components/forms/delete-record-button";
import { writesRegion } from "@/server/scope";
import { deleteTownship } from "../actions";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { LinkButton } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { AuditHistoryLink } from "@/features/audit";
import type { CurrentUser } from "@/server/current-user";
import { seesAllPairings } from "@/domain/visibility";
import { can } from "@/server/permissions";
import type { getTownship } from "../queries";

type Township = NonNullable<Awaited<ReturnType<typeof getTownship>>>;

export async function TownshipDetail({ township, user }: { township: Township; user: CurrentUser }) {
  const t = await getTranslations("townships");
  const tv = await getTranslations("villages");
  const tc = await getTranslations("common");
  const canWrite = can(user.role, "registry.write") && writesRegion(user, township.regionId);
  const seesAll = seesAllPairings(user);
  return (
    <>
      <PageHeader
        title={township.name}
        description={t("summary", { villages: township.villages.length, pairings: township.villages.reduce((n, v) => n + v.pairings.length, 0) })}
        actions={
          <>
            <AuditHistoryLink user={user} entity="Township" id={township.id} />
            {canWrite && (
              <>
                <LinkButton href={`/villages/new?townshipId=${township.id}`}>{tv("new")}</LinkButton>
                <LinkButton href={`/townships/${township.id}/edit`}>{tc("edit")}</LinkButton>
                <DeleteRecordButton id={township.id} name={township.name} namespace="townships" listHref="/townships" action={deleteTownship} />
              </>
            )}
          </>
        }
      />
      <h2 className="mb-2 font-semibold">{t("villages")}</h2>
      {township.villages.length === 0 ? (
        <EmptyState title={t("noVillages")} />
      ) : (
        <Table
          caption={t("villages")}
          head={
            <>
              <Th>{tv("fields.name")}</Th>
              <Th>{tv("fields.secretary")}</Th>
              <Th>{tv("pairedUnits")}</Th>
            </>
          }
        >
          {township.villages.map((village) => (
            <tr key={village.id} className="hover:bg-stone-50">
              <Td>
                <Link href={`/villages/${village.id}`} className="font-medium text-brand-700 hover:underline">
                  {village.name}
                </Link>
              </Td>
              <Td>{village.secretary || "—"}</Td>
              <Td>
                {village.pairings.length > 0 ? (
                  village.pairings.map((p) => p.unit.name).join("、")
                ) : (
                  <span className="text-stone-500">{seesAll ? tv("unpaired") : "—"}</span>
                )}
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
