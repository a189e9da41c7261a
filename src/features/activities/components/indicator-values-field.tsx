"use client";
// The activity's outcome indicators: pick one from the catalogue, type the number. Money is typed
// in 元 and read back in 万元 as the user types, the way reports state it.
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { formatWan } from "@/domain/format";

export type IndicatorOption = { id: number; groupLabel: string; label: string; unit: string; isMoney: boolean; active: boolean };

type Props = {
  options: IndicatorOption[];
  initial: { indicatorId: number; value: number }[];
  fieldError: (name: string) => string | undefined;
};

export function IndicatorValuesField({ options, initial, fieldError }: Props) {
  const t = useTranslations("activities");
  const [rows, setRows] = useState<number[]>(() => initial.map((v) => v.indicatorId));
  const [added, setAdded] = useState<number | null>(null);
  const byId = new Map(options.map((o) => [o.id, o]));
  const start = new Map(initial.map((v) => [v.indicatorId, v.value]));
  const available = options.filter((o) => o.active && !rows.includes(o.id));
  const groups = [...new Set(available.map((o) => o.groupLabel))];

  return (
    <fieldset className="min-w-0 space-y-3 rounded-md border border-stone-200 p-3">
      <legend className="px-1 text-sm font-medium text-stone-700">{t("fields.values")}</legend>
      <p className="text-xs text-stone-500">{t("form.addIndicatorHint")}</p>
      {rows.length === 0 && <p className="text-sm text-stone-500">{t("form.noValues")}</p>}
      <ul className="space-y-3">
        {rows.map((id) => {
          const option = byId.get(id);
          if (!option) return null;
          return (
            <ValueRow
              key={id}
              option={option}
              initial={start.get(id)}
              autoFocus={id === added}
              error={fieldError(`values.${id}`)}
              onRemove={() => setRows((r) => r.filter((x) => x !== id))}
            />
          );
        })}
      </ul>
      {available.length > 0 && (
        <label className="block space-y-1">
          <span className="block text-sm font-medium text-stone-700">{t("form.addIndicator")}</span>
          <select
            className={inputClass}
            value=""
            data-testid="add-indicator"
            onChange={(e) => {
              const id = Number(e.target.value);
              if (id) {
                setRows((r) => [...r, id]);
                setAdded(id);
              }
            }}
          >
            <option value="">{t("form.addIndicator")}…</option>
            {groups.map((group) => (
              <optgroup key={group} label={group}>
                {available
                  .filter((o) => o.groupLabel === group)
                  .map((o) => (
                    <option key={o.id} value={o.id}>
                      {t("form.indicatorOption", { label: o.label, unit: o.unit })}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </label>
      )}
    </fieldset>
  );
}

function ValueRow(props: { option: IndicatorOption; initial?: number; autoFocus: boolean; error?: string; onRemove: () => void }) {
  const { option, initial, autoFocus, error, onRemove } = props;
  const t = useTranslations("activities");
  const locale = useLocale();
  const [value, setValue] = useState(initial === undefined ? "" : String(initial));
  const id = `value-${option.id}`;
  const amount = Number(value);
  const hint = option.isMoney
    ? value !== "" && Number.isFinite(amount) && amount > 0
      ? t("form.moneyHint", { amount: formatWan(amount, locale) })
      : t("form.moneyUnit")
    : null;
  return (
    <li className="space-y-1">
      <label htmlFor={id} className="block text-sm text-stone-800">
        {option.label}
        {!option.active && <span className="text-stone-500">{t("form.retiredIndicator")}</span>}
      </label>
      <div className="flex items-center gap-2">
        <input
          id={id}
          name={`values.${option.id}`}
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          autoFocus={autoFocus}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
          className={`${inputClass} min-w-0 flex-1 sm:max-w-48`}
        />
        <span className="shrink-0 text-sm text-stone-600">{option.unit}</span>
        <Button variant="ghost" onClick={onRemove} className="ml-auto shrink-0 px-2" aria-label={`${t("form.removeValue")} ${option.label}`}>
          {t("form.removeValue")}
        </Button>
      </div>
      {hint && !error && (
        <p id={`${id}-hint`} className="text-xs text-stone-500" data-testid="money-hint" aria-live="polite">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700" data-testid="field-error">
          {error}
        </p>
      )}
    </li>
  );
}
