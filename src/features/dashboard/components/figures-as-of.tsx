import { getFormatter, getTranslations } from "next-intl/server";
import { figuresAsOf } from "../context";

/**
 * "Figures as of HH:MM" when the page showed figures kept from before the latest change, while they
 * are recomputed (memo.ts); nothing when every figure was current.
 */
export async function FiguresAsOf() {
  const asOf = await figuresAsOf();
  if (!asOf) return null;
  const [t, format] = await Promise.all([getTranslations("dashboard"), getFormatter()]);
  return (
    <p role="status" data-testid="figures-as-of" className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      {t("figuresAsOf", { time: format.dateTime(asOf, { hour: "2-digit", minute: "2-digit", hour12: false }) })}
    </p>
  );
}
