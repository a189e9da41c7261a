import { LOCALE_COOKIE, type Locale } from "./config";

/** Remembers the chosen language for a year (read by src/i18n/request.ts). */
export function rememberLocale(locale: Locale) {
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`;
}
