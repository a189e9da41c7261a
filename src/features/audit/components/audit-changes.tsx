import { getFormatter, getTranslations } from "next-intl/server";
import { auditValue, isShownField } from "@/domain/audit-events";
import type { FieldChange } from "@/lib/change-set";

/** The fields an entry changed, by their form labels, with values as the forms show them. */
export async function AuditChanges({ changes }: { changes: FieldChange[] }) {
  const t = await getTranslations("audit");
  const ta = await getTranslations("areas");
  const tRoles = await getTranslations("common.roles");
  const format = await getFormatter();
  const shown = changes.filter((c) => isShownField(c.field));
  if (shown.length === 0) return null;

  const label = (field: string) => (t.has(`fields.${field}`) ? t(`fields.${field}`) : field);
  const show = (field: string, raw: unknown): string => {
    const value = auditValue(field, raw);
    switch (value.kind) {
      case "empty":
        return t("emptyValue");
      case "day":
        return format.dateTime(value.date, { dateStyle: "long" });
      case "moment":
        return format.dateTime(value.date, { dateStyle: "long", timeStyle: "short" });
      case "boolean":
        return value.value ? t("yes") : t("no");
      case "number":
        return format.number(value.value);
      case "list":
        return t("listValue", { count: value.count });
      case "enum":
        if (value.field === "area" && ta.has(value.value)) return ta(value.value);
        if (value.field === "role" && tRoles.has(value.value)) return tRoles(value.value);
        return t.has(`values.${value.field}.${value.value}`) ? t(`values.${value.field}.${value.value}`) : value.value;
      case "text":
        return value.value;
    }
  };

  return (
    <details>
      <summary className="cursor-pointer text-brand-700">{t("changedFields", { count: shown.length })}</summary>
      <dl className="mt-1 space-y-1 text-xs" data-testid="audit-changes">
        {shown.map((c) => (
          <div key={c.field} className="break-words">
            <dt className="font-medium text-stone-800">{label(c.field)}</dt>
            <dd>
              <del className="text-red-800">{show(c.field, c.before)}</del> → <ins className="text-green-800 no-underline">{show(c.field, c.after)}</ins>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
