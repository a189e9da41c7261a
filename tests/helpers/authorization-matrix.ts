// The actors of the authorization matrix and what each may expect of a row, shared by the actions'
// and the route handlers' matrix tests. A new role or scope (a region) is a new actor here.
import path from "node:path";
import type { Role } from "@/generated/sqlite/enums";
import { Prisma } from "@/generated/sqlite/client";
import type { ActionDefinition } from "@/server/action-core";
import type { Db } from "@/server/db-client";
import type { Scope, Side } from "./authorization-rows";
import { makeRegion, makeUser, TIELI_REGION_ID } from "./factories";
import { serverActionModules } from "./source-files";
import { createWorldDb, type World } from "./world";

/**
 * The small world (in 铁力市), with the three administrators of 三员分立 beside it and the region
 * actors: the department of 伊春市 above it, of a sibling county, and of a region below 铁力市.
 */
export type MatrixWorld = World & Record<"sysadmin" | "secadmin" | "auditor" | "prefectureAdmin" | "siblingAdmin" | "childAdmin" | "siblingLeader", World["admin"]>;

export async function createMatrixWorldDb(): Promise<{ db: Db; w: MatrixWorld }> {
  const { db, w } = await createWorldDb();
  const tieli = await db.region.findUniqueOrThrow({ where: { id: TIELI_REGION_ID } });
  const prefecture = await db.region.findUniqueOrThrow({ where: { id: tieli.parentId! } });
  const sibling = await makeRegion(db, prefecture);
  const below = await makeRegion(db, tieli);
  return {
    db,
    w: {
      ...w,
      sysadmin: await makeUser(db, "SYSADMIN"),
      secadmin: await makeUser(db, "SECADMIN"),
      auditor: await makeUser(db, "AUDITOR"),
      prefectureAdmin: await makeUser(db, "ADMIN", { regionId: prefecture.id }),
      siblingAdmin: await makeUser(db, "ADMIN", { regionId: sibling.id }),
      childAdmin: await makeUser(db, "ADMIN", { regionId: below.id }),
      siblingLeader: await makeUser(db, "LEADER", { regionId: sibling.id }),
    },
  };
}

/**
 * Where the target lies from a region actor's view: in a region below theirs ("child": they read it,
 * they do not write it), beside theirs ("sibling"), or above theirs ("parent"): neither.
 */
export type RegionRelation = "child" | "sibling" | "parent";
export type Actor = { label: string; role: Role | null; user: (w: MatrixWorld) => World["admin"] | null; side: Side; region?: RegionRelation };

export const ACTORS: Actor[] = [
  { label: "no session", role: null, user: () => null, side: "own" },
  { label: "ADMIN", role: "ADMIN", user: (w) => w.admin, side: "own" },
  { label: "LEADER", role: "LEADER", user: (w) => w.leader, side: "own" },
  { label: "LIAISON, own unit's record", role: "LIAISON", user: (w) => w.liaisonA, side: "own" },
  { label: "LIAISON, another unit's record", role: "LIAISON", user: (w) => w.liaisonA, side: "other" },
  { label: "VILLAGE, own village's record", role: "VILLAGE", user: (w) => w.villagerA, side: "own" },
  { label: "VILLAGE, another village's record", role: "VILLAGE", user: (w) => w.villagerA, side: "other" },
  { label: "SYSADMIN", role: "SYSADMIN", user: (w) => w.sysadmin, side: "own" },
  { label: "SECADMIN", role: "SECADMIN", user: (w) => w.secadmin, side: "own" },
  { label: "AUDITOR", role: "AUDITOR", user: (w) => w.auditor, side: "own" },
  { label: "ADMIN of the prefecture, a record of its county", role: "ADMIN", user: (w) => w.prefectureAdmin, side: "own", region: "child" },
  { label: "ADMIN of a sibling county", role: "ADMIN", user: (w) => w.siblingAdmin, side: "own", region: "sibling" },
  { label: "ADMIN of a region below, a record of the region above", role: "ADMIN", user: (w) => w.childAdmin, side: "own", region: "parent" },
  { label: "LEADER of a sibling county", role: "LEADER", user: (w) => w.siblingLeader, side: "own", region: "sibling" },
];

/** The scopes that hold a role to its own records. */
const HELD_BY: Partial<Record<Role, Scope[]>> = { LIAISON: ["unit", "pairing"], VILLAGE: ["village", "pairing"] };

/**
 * How a row's target is bounded by region: "write" (the default) — only the department of the
 * target's own region may act; "read" — its region and those above it may read; false — not by
 * region (settings, the catalogue, one's own account, or a row the actor creates in their own region).
 */
export type Regional = "write" | "read" | false;

export function expectedAllowed(row: { allowed: readonly Role[]; scope?: Scope; regional?: Regional }, actor: Actor): boolean {
  if (!actor.role || !row.allowed.includes(actor.role)) return false;
  const regional = row.regional ?? "write";
  if (actor.region && regional === "write") return false;
  if (actor.region && regional === "read" && actor.region !== "child") return false;
  return !(actor.side === "other" && row.scope !== undefined && (HELD_BY[actor.role] ?? []).includes(row.scope));
}

const MODELS = Object.values(Prisma.ModelName);

/** The tables a refusal must leave alone: all but the audit log and its chain lock (compared apart). */
function tablesOf(db: Db) {
  return MODELS.filter((model) => model !== "AuditEntry" && model !== "AuditChainLock").map((model) => ({
    model,
    delegate: (db as unknown as Record<string, { findMany: (a: object) => Promise<unknown[]>; count: () => Promise<number> }>)[model[0].toLowerCase() + model.slice(1)],
  }));
}

/** Every row of every table but the audit log and its chain lock. */
export async function snapshot(db: Db) {
  const tables: Record<string, unknown> = {};
  for (const { model, delegate } of tablesOf(db)) tables[model] = await delegate.findMany({});
  return tables;
}

/** How many rows each of those tables holds: cheaper than a snapshot, for the many runs of the fuzz test. */
export async function rowCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { model, delegate } of tablesOf(db)) counts[model] = await delegate.count();
  return counts;
}

export type AnyAction = ActionDefinition<never, unknown, unknown>;

/** "features/units/actions.ts" → "units": the row key's module part. */
function moduleKey(file: string): string {
  return path.relative("src", file).replace(/^features\//, "").replace(/\/actions\.tsx?$/, "");
}

/**
 * Every server action in the code, keyed as the rows are ("units#createUnit"). The calling test
 * file mocks "@/server/action" so that each export keeps its definition, to run on the test database.
 */
/** The matrix world and every server action's definition: the set-up of the tests that run them all. */
export async function createMatrixSuite(): Promise<{ db: Db; w: MatrixWorld; actions: Map<string, AnyAction> }> {
  const [world, actions] = await Promise.all([createMatrixWorldDb(), loadActions()]);
  return { ...world, actions };
}

export async function loadActions(): Promise<Map<string, AnyAction>> {
  const actions = new Map<string, AnyAction>();
  for (const file of serverActionModules()) {
    const exports = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, { definition: AnyAction }>;
    for (const [name, value] of Object.entries(exports)) actions.set(`${moduleKey(file)}#${name}`, value.definition);
  }
  return actions;
}

/** The actor who may run a row's action on their own side: the one whose input the fuzz test spoils. */
export function allowedActor(row: { allowed: readonly Role[] }): Actor {
  return ACTORS.find((a) => a.side === "own" && a.role !== null && row.allowed.includes(a.role))!;
}
