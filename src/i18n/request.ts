// next-intl's request configuration: the locale comes from the cookie (no locale in URLs, so
// links and bookmarks work in either language).
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, resolveLocale } from "./config";
import { MESSAGES } from "./messages";
import { TIME_ZONE } from "@/lib/campaign";

export default getRequestConfig(async () => {
  const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: MESSAGES[locale], timeZone: TIME_ZONE };
});
