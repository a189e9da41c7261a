// A translator for code that runs outside a request (the action core, tests, exports).
import { createTranslator } from "next-intl";
import type { Locale } from "./config";
import { MESSAGES } from "./messages";

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export function translatorFor(locale: Locale): Translate {
  const t = createTranslator({ locale, messages: MESSAGES[locale] as Record<string, unknown> });
  return (key, params) => (t as unknown as Translate)(key, params);
}
