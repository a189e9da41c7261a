import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { fromShanghaiDay } from "@/lib/dates";
import type { PairingRow } from "../queries";

/** Pairings as compact cards: the phone-width list, the liaison's "我的结对" and the home page. */
export async function PairingCards({ rows }: { rows: PairingRow[] }) {
  const t = await getTranslations("pairings");
  const tc = await getTranslations("common");
  const format = await getFormatter();
  return (
    <>
    {rows[0] && <p className="mb-2 text-xs text-stone-500">{t("idleNote", { day: format.dateTime(fromShanghaiDay(rows[0].idleReferenceDay), { dateStyle: "long" }) })}</p>}
    <ul className="grid gap-3 md:grid-cols-2" data-testid="pairing-cards">
      {rows.map((p) => {
        const leader = p.contactLeaderName || p.contactLeader?.displayName;
        return (
          <li key={p.id}>
            <Link href={`/pairings/${p.id}`} className="block rounded-lg border border-stone-200 bg-white p-4 hover:border-brand-600">
              <span className="flex items-start justify-between gap-2">
                <span className="font-medium text-stone-900">
                  {p.unit.name}
                  <span className="mx-1 text-stone-400" aria-hidden>
                    ⇄
                  </span>
                  <span className="sr-only">{t("pairedWith")}</span>
                  {p.village.name}
                </span>
                <span className="shrink-0">
                  <Badge tone={p.status === "ACTIVE" ? "green" : "neutral"}>{tc(`pairingStatus.${p.status}`)}</Badge>
                </span>
              </span>
              <span className="mt-1 block text-sm text-stone-600">
                {p.village.township.name} · {t("since", { date: format.dateTime(p.startDate, { dateStyle: "long" }) })}
              </span>
              {leader && <span className="mt-1 block text-sm text-stone-600">{t("contactLeaderShort", { name: leader })}</span>}
              <span className={p.dormant ? "mt-2 block text-sm text-amber-800" : "mt-2 block text-sm text-stone-700"}>
                {p.idleDays === null ? t("noVerifiedActivity") : t("daysSinceLastVerified", { days: p.idleDays })}
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
    </>
  );
}
