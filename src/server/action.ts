import "server-only";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import type { z } from "zod";
import { resolveLocale } from "@/i18n/config";
import { type ActionDefinition, type ActionResult, executeAction } from "./action-core";
import { db } from "./db";
import { env } from "./env";
import { noteOwnWrite } from "./read-db";
import { getSessionClaims } from "./session";

export type { ActionResult } from "./action-core";

/**
 * Defines a server action on the one mutation path (see action-core.ts). Export the result from a
 * "use server" module. `revalidate` lists the paths whose pages show what the action changes.
 */
export function defineAction<S extends z.ZodType, T, P>(def: ActionDefinition<S, T, P> & { revalidate?: string[] }) {
  return async function action(input: unknown): Promise<ActionResult<T>> {
    const [claims, locale] = await Promise.all([getSessionClaims(), getLocale()]);
    const result = await executeAction(def, { db, claims, locale: resolveLocale(locale), passwordMaxAgeDays: env().PASSWORD_MAX_AGE_DAYS }, input);
    if (result.ok) {
      await noteOwnWrite();
      for (const path of def.revalidate ?? []) revalidatePath(path, "layout");
    }
    return result;
  };
}
