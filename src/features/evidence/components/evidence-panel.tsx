import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { Check } from "@/domain/evidence";
import { lightUrl } from "@/features/attachments";
import type { EvidenceReport } from "../queries";

type Photo = { id: number; fileName: string; mimeType: string; thumbKey: string | null; phoneKey: string | null };

/**
 * The evidence checks of one activity, beside the reviewer's buttons: each warning with the photos
 * it is about (a reused photo next to its match), then what could not be checked and why — "not
 * checked" is never shown as fine.
 */
export async function EvidencePanel({ report, area }: { report: EvidenceReport; area: string }) {
  const t = await getTranslations("evidence");
  const format = await getFormatter();
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const km = (metres: number) => format.number(metres / 1000, { maximumFractionDigits: 1 });
  const { warnings } = report;
  const unchecked = report.photos.flatMap((p) => [p.time, p.place].filter((c): c is Extract<Check, { state: "notChecked" }> => c.state === "notChecked").map((c) => ({ photo: p, reason: c.reason })));

  return (
    <section aria-labelledby="evidence-title" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4 text-sm" data-testid="evidence-panel">
      <div className="flex items-center justify-between gap-2">
        <h2 id="evidence-title" className="font-semibold">
          {t("title")}
        </h2>
        {report.checked && <Badge tone={warnings.length > 0 ? "amber" : "green"}>{warnings.length > 0 ? t("count", { count: warnings.length }) : t("clear")}</Badge>}
      </div>
      {!report.checked && <p className="text-stone-600">{t("notChecked")}</p>}
      {warnings.length > 0 && (
        <ul className="space-y-3" data-testid="evidence-warnings">
          {warnings.map((w) => (
            <li key={w.id} className="space-y-2 rounded-md border border-amber-200 bg-amber-50/60 p-3">
              <p className="font-medium text-amber-900">{t(`kinds.${w.kind}`)}</p>
              <p className="text-stone-800">
                {w.kind === "REUSED_PHOTO" &&
                  (w.matching?.activity ? t("reused", { file: w.photo?.fileName ?? "", bits: w.measure ?? 0 }) : t("reusedHidden", { file: w.photo?.fileName ?? "" }))}
                {w.kind === "TAKEN_AT_OTHER_TIME" &&
                  t((w.measure ?? 0) < 0 ? "timeBefore" : "timeAfter", { file: w.photo?.fileName ?? "", date: w.photo?.takenAt ? day(w.photo.takenAt) : "", days: Math.abs(w.measure ?? 0) })}
                {w.kind === "TAKEN_ELSEWHERE" && t("place", { file: w.photo?.fileName ?? "", km: km(w.measure ?? 0), limit: report.settings.distanceKm })}
                {w.kind === "NO_PHOTO" && t("noPhoto", { area })}
              </p>
              {w.kind === "REUSED_PHOTO" && w.matching?.activity && (
                <p className="text-stone-700">
                  <Link href={`/activities/${w.matching.activity.id}`} className="text-brand-700 hover:underline">
                    {w.matching.activity.title}
                  </Link>
                  <span className="block text-xs text-stone-500">
                    {w.matching.activity.pairing.unit.name} — {w.matching.activity.pairing.village.township.name}
                    {w.matching.activity.pairing.village.name} · {day(w.matching.activity.date)}
                    {w.matching.otherUnit && ` · ${t("otherUnit")}`}
                  </span>
                </p>
              )}
              {w.photo && (
                <div className="grid grid-cols-2 gap-2">
                  <Thumb photo={w.photo} caption={t("thisPhoto")} />
                  {w.matching?.photo && <Thumb photo={w.matching.photo} caption={t("otherPhoto")} />}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {report.checked && unchecked.length > 0 && (
        <div data-testid="evidence-unchecked">
          <p className="font-medium text-stone-700">{t("uncheckedTitle")}</p>
          <ul className="mt-1 list-inside list-disc text-stone-600">
            {unchecked.map((u, i) => (
              <li key={i}>{t(`unchecked.${u.reason}`, { file: u.photo.fileName })}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function Thumb({ photo, caption }: { photo: Photo; caption: string }) {
  return (
    <figure className="min-w-0">
      <a href={lightUrl(photo, "phone")} target="_blank" rel="noopener" className="block">
        {/* A plain img: the light copy comes from the authenticated attachment route. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={lightUrl(photo, "thumb")} alt={photo.fileName} loading="lazy" className="aspect-[4/3] w-full rounded bg-stone-100 object-cover" />
      </a>
      <figcaption className="mt-0.5 truncate text-xs text-stone-500">{caption}</figcaption>
    </figure>
  );
}
