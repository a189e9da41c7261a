// Small builders for database tests: rows with sensible defaults, and a way to run an action
// definition as a given user through the real mutation path.
import type { z } from "zod";
import type { Role } from "@/generated/sqlite/enums";
import type { Locale } from "@/i18n/config";
import { type ActionDefinition, executeAction } from "@/server/action-core";
import type { SessionClaims } from "@/server/current-user";
import type { Db } from "@/server/db-client";

let counter = 0;
const next = () => ++counter;

export async function makeTownship(db: Db, name = `测试镇${next()}`) {
  return db.township.create({ data: { name } });
}

export async function makeUnit(db: Db, data: Partial<{ name: string; kind: "ORGAN" | "ENTERPRISE" | "INSTITUTION" }> = {}) {
  const name = data.name ?? `测试单位${next()}`;
  return db.unit.create({ data: { name, searchText: name.toLowerCase(), kind: data.kind ?? "ORGAN" } });
}

export async function makeVillage(db: Db, townshipId?: number, name = `测试村${next()}`) {
  const township = townshipId ?? (await makeTownship(db)).id;
  return db.village.create({ data: { name, searchText: name, townshipId: township } });
}

export async function makePairing(db: Db, unitId: number, villageId: number, startDate = new Date("2010-06-01T00:00:00+08:00")) {
  return db.pairing.create({ data: { unitId, villageId, startDate, activeKey: `${unitId}:${villageId}` } });
}

export async function makeUser(db: Db, role: Role, scope: { unitId?: number; villageId?: number } = {}) {
  return db.user.create({
    data: {
      username: `${role.toLowerCase()}${next()}`,
      displayName: `${role} ${counter}`,
      role,
      unitId: scope.unitId ?? null,
      villageId: scope.villageId ?? null,
      // Not a usable hash: these users never log in with a password, they run actions directly.
      passwordHash: "!",
    },
  });
}

export function claimsOf(user: { id: number; role: Role; sessionVersion: number }): SessionClaims {
  return { id: user.id, role: user.role, sessionVersion: user.sessionVersion };
}

/** Runs an action definition as `user` (null: no session), exactly as the server action would. */
export function runAs<S extends z.ZodType, T, P>(
  db: Db,
  user: { id: number; role: Role; sessionVersion: number } | null,
  def: ActionDefinition<S, T, P>,
  input: unknown,
  locale: Locale = "zh-CN",
) {
  return executeAction(def, { db, claims: user ? claimsOf(user) : null, locale }, input);
}
