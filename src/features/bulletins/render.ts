import "server-only";
import { getTranslations } from "next-intl/server";
import { translatorFor, type Translate } from "@/i18n/translator";
import { bulletinDocument } from "./document";
import type { BulletinRecord } from "./queries";

/** On screen, in the reader's language. */
export async function screenDocument(b: BulletinRecord) {
  const t = await getTranslations("bulletins");
  return bulletinDocument(b, t as unknown as Translate);
}

/** On paper and in Word: an official document, in Chinese whatever the reader's screen language. */
const zh = translatorFor("zh-CN");
export const officialDocument = (b: BulletinRecord) => bulletinDocument(b, (key, params) => zh(`bulletins.${key}`, params));
