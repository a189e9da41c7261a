"use client";
// Switches the interface language; the choice is remembered in a cookie for a year.
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { LOCALES, type Locale } from "@/i18n/config";
import { rememberLocale } from "@/i18n/locale-cookie";
import { cn } from "@/lib/cn";

export function LanguageSwitch({ className }: { className?: string }) {
  const locale = useLocale();
  const router = useRouter();
  const t = useTranslations("common.language");

  function choose(next: Locale) {
    rememberLocale(next);
    router.refresh();
  }

  return (
    <div role="group" aria-label={t("label")} className={cn("inline-flex rounded-md border border-stone-300 text-xs", className)}>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={locale === l}
          onClick={() => choose(l)}
          className={cn("px-2 py-1", locale === l ? "bg-stone-800 text-white" : "bg-white text-stone-700 hover:bg-stone-100")}
        >
          {t(l)}
        </button>
      ))}
    </div>
  );
}
