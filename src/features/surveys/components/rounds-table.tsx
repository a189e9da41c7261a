import { getTranslations } from "next-intl/server";
import { villagesInScope } from "@/domain/visibility";
import type { CurrentUser } from "@/server/current-user";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { db } from "@/server/db";
import { surveyRoundSummaries } from "../queries";
import { RateWithChange } from "./rate-text";
import { roundLabel } from "./round-label";

/** Every round, newest first, with both rates and their change from the round before. */
export async function RoundsTable({ user }: { user: CurrentUser }) {
  const t = await getTranslations("surveys");
  const rounds = await surveyRoundSummaries(db, villagesInScope(user));
  if (rounds.length === 0) return <EmptyState title={t("empty")} />;
  const right = "px-3 py-2 text-right font-medium whitespace-nowrap";
  return (
    <Table
      caption={t("rounds.title")}
      head={
        <>
          <Th>{t("rounds.round")}</Th>
          <Th className={right}>{t("rounds.villages")}</Th>
          <Th className={right}>{t("rounds.respondents")}</Th>
          <Th className={right}>{t("rounds.orgRate")}</Th>
          <Th className={right}>{t("rounds.pairingRate")}</Th>
        </>
      }
    >
      {rounds.map((r) => (
        <tr key={r.round} className="hover:bg-stone-50" data-testid="round-row">
          <Td className="px-3 py-2 whitespace-nowrap">
            <Link href={`/surveys/${r.round}`} className="font-medium text-brand-700 hover:underline">
              {roundLabel(t, r.round)}
            </Link>
          </Td>
          <Td className="px-3 py-2 text-right tabular-nums">{r.villages}</Td>
          <Td className="px-3 py-2 text-right tabular-nums">{r.respondents.toLocaleString("zh-CN")}</Td>
          <Td className="px-3 py-2 text-right whitespace-nowrap">
            <RateWithChange rate={r.orgRate} change={r.orgChange} />
          </Td>
          <Td className="px-3 py-2 text-right whitespace-nowrap">
            <RateWithChange rate={r.pairingRate} change={r.pairingChange} />
          </Td>
        </tr>
      ))}
    </Table>
  );
}
