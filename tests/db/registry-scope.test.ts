// The registry follows the pairing scope (DOMAIN.md §2: a liaison sees their own unit's pairings).
// A liaison may open any unit, village or township, but the pairings shown there — their list,
// status, links and counts, and the "paired" filter — are only their own unit's.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pairingScope } from "@/domain/visibility";
import { getTownship, listTownships } from "@/features/townships/queries";
import { getUnit, listUnits } from "@/features/units/queries";
import { getVillage, listVillages } from "@/features/villages/queries";
import type { Db } from "@/server/db-client";
import { createWorldDb, type World } from "../helpers/world";

let db: Db;
let w: World;
beforeAll(async () => ({ db, w } = await createWorldDb()));
afterAll(async () => db.$disconnect());

const list = { q: "", sort: "name" as const, dir: "asc" as const, page: 1 };

describe("the registry as a liaison sees it", () => {
  it("shows another unit's page and its village's page without their pairings", async () => {
    const scope = pairingScope(w.liaisonA);
    expect((await getUnit(db, w.unitB.id, scope))?.pairings).toEqual([]);
    expect((await getVillage(db, w.villageB.id, scope))?.pairings).toEqual([]);
    // Their own unit's pairing is there, on both pages.
    expect((await getUnit(db, w.unitA.id, scope))?.pairings.map((p) => p.id)).toEqual([w.pairingA.id]);
    expect((await getVillage(db, w.villageA.id, scope))?.pairings.map((p) => p.id)).toEqual([w.pairingA.id]);
    // The organization department and leaders see every pairing.
    expect((await getUnit(db, w.unitB.id, pairingScope(w.admin)))?.pairings.map((p) => p.id)).toEqual([w.pairingB.id]);
    expect((await getVillage(db, w.villageB.id, pairingScope(w.leader)))?.pairings.map((p) => p.id)).toEqual([w.pairingB.id]);
  });

  it("shows a township's villages with their own unit's pairings only, and counts only those", async () => {
    const township = await getTownship(db, w.township.id, pairingScope(w.liaisonA));
    const byVillage = Object.fromEntries(township!.villages.map((v) => [v.id, v.pairings.map((p) => p.id)]));
    expect(byVillage).toEqual({ [w.villageA.id]: [w.pairingA.id], [w.villageB.id]: [] });
    const [row] = (await listTownships(db, { ...list, q: w.township.name, scope: pairingScope(w.liaisonA) })).rows;
    expect(row.activePairings).toBe(1);
    const [all] = (await listTownships(db, { ...list, q: w.township.name, scope: pairingScope(w.admin) })).rows;
    expect(all.activePairings).toBe(2);
  });

  it("lists units and villages with their own pairings only, and the paired filter cannot probe others", async () => {
    const scope = pairingScope(w.liaisonA);
    const units = (await listUnits(db, { ...list, sort: "name", scope })).rows;
    const count = (id: number) => units.find((u) => u.id === id)?._count.pairings;
    expect([count(w.unitA.id), count(w.unitB.id)]).toEqual([1, 0]);
    const villages = (await listVillages(db, { ...list, townshipId: w.township.id, scope })).rows;
    const partners = Object.fromEntries(villages.map((v) => [v.id, v.pairings.map((p) => p.unit.name)]));
    expect(partners).toEqual({ [w.villageA.id]: [w.unitA.name], [w.villageB.id]: [] });
    const paired = await listVillages(db, { ...list, townshipId: w.township.id, paired: true, scope });
    expect(paired.rows.map((v) => v.id)).toEqual([w.villageA.id]);
  });
});
