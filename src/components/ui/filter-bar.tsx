import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClass } from "./button";
import { type OptionPair, OptionsSelect } from "./options-select";

/** A GET form: filters live in the URL, so a filtered list can be bookmarked and shared. */
export async function FilterBar({ children, resetHref }: { children: ReactNode; resetHref: string }) {
  const t = await getTranslations("common.filters");
  return (
    <form method="get" role="search" className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-3">
      {children}
      <div className="flex gap-2">
        <button type="submit" className={buttonClass("primary")}>
          {t("apply")}
        </button>
        <Link href={resetHref} className={buttonClass("ghost")}>
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}

type FilterOption = { value: string | number; label: string };

/** A filter's select box: "all" first, then the choices. */
export async function FilterSelect({ label, name, value, options, className }: { label: string; name: string; value?: string | number | null; options: FilterOption[]; className?: string }) {
  const t = await getTranslations("common.filters");
  const pairs: OptionPair[] = [["", t("all")], ...options.map((option) => [option.value, option.label] as const)];
  return <OptionsSelect label={label} name={name} defaultValue={value ?? ""} className={className} options={pairs} />;
}
