// The benchmark's liaisons recording activities through the action path, as the app's forms do.
import { createActivityAction } from "../../src/features/activities/mutations-recording";
import { executeAction } from "../../src/server/action-core";
import type { Db } from "../../src/server/db-client";
import { BENCH_LIAISONS, benchLiaison } from "./scale";

/** Titles of the activities the benchmark records, so a run can count what it saved. */
export const LOAD_TITLE = "压测";

export async function writers(db: Db) {
  const liaisons = await db.user.findMany({ where: { username: { in: Array.from({ length: BENCH_LIAISONS }, (_, n) => benchLiaison(n + 1)) } }, orderBy: { id: "asc" } });
  const pairings = await Promise.all(liaisons.map((u) => db.pairing.findFirstOrThrow({ where: { unitId: u.unitId!, status: "ACTIVE" }, select: { id: true } })));
  const write = async (w: number) => {
    const u = liaisons[w];
    const outcome = await executeAction(createActivityAction, { db, claims: { id: u.id, role: u.role, sessionVersion: u.sessionVersion }, locale: "zh-CN" }, {
      pairingId: pairings[w].id, area: "ORG_LIFE", date: "2024-12-20", title: `${LOAD_TITLE}活动${w}`, intent: "submit", values: { 1: 1 },
    });
    if (!outcome.ok) throw new Error(outcome.error);
  };
  return { count: liaisons.length, write };
}
