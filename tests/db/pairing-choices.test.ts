// A list's pairing filter asks the server (GET /api/choices/pairings): what was typed finds pairings
// by either side's name, pinyin or initials, a few at a time, and only those the reader may see.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db-client";
import { createVillageAction } from "@/features/villages/mutations";
import { PAIRING_SEARCH_LIMIT, pairingChoice, searchPairingChoices } from "@/features/pairings/queries";
import { asCurrentUser, makePairing, makeUnit, makeVillage, runOk } from "../helpers/factories";
import { createWorldDb, type World } from "../helpers/world";

let db: Db;
let w: World;
let manTianHong: number;
beforeAll(async () => {
  ({ db, w } = await createWorldDb());
  const { id: villageId } = await runOk(db, w.admin, createVillageAction, { name: "满天红村", townshipId: String(w.township.id) });
  manTianHong = (await makePairing(db, w.unitA.id, villageId)).id;
  // More pairings than one answer holds.
  for (let i = 0; i < PAIRING_SEARCH_LIMIT + 5; i++) await makePairing(db, (await makeUnit(db)).id, (await makeVillage(db, w.township.id)).id);
});
afterAll(async () => db.$disconnect());

const labels = (choices: { label: string }[]) => choices.map((c) => c.label);

describe("searching a list filter's pairings on the server", () => {
  it("finds 满天红村 by its initials, its pinyin and its characters", async () => {
    const admin = asCurrentUser(w.admin);
    for (const typed of ["mth", "MTH", "mantianhong", "满天红"]) {
      const found = await searchPairingChoices(db, admin, typed);
      expect(found.map((c) => c.value), typed).toEqual([manTianHong]);
      expect(labels(found)[0]).toContain("满天红村");
    }
  });

  it("answers at most a page of choices, however many pairings there are", async () => {
    expect(await searchPairingChoices(db, asCurrentUser(w.admin), "")).toHaveLength(PAIRING_SEARCH_LIMIT);
    expect(await searchPairingChoices(db, asCurrentUser(w.admin), "测试")).toHaveLength(PAIRING_SEARCH_LIMIT);
  });

  it("offers a liaison only their unit's pairings and a village secretary only their village's", async () => {
    const liaisonA = await searchPairingChoices(db, asCurrentUser(w.liaisonA), "");
    expect(liaisonA.map((c) => c.value).sort()).toEqual([w.pairingA.id, manTianHong].sort());
    expect(await searchPairingChoices(db, asCurrentUser(w.liaisonB), "mth")).toEqual([]);
    expect((await searchPairingChoices(db, asCurrentUser(w.villagerB), "")).map((c) => c.value)).toEqual([w.pairingB.id]);
  });

  it("names the chosen pairing only to a reader who may see it", async () => {
    expect((await pairingChoice(db, asCurrentUser(w.liaisonA), manTianHong))?.label).toContain("满天红村");
    expect(await pairingChoice(db, asCurrentUser(w.liaisonB), manTianHong)).toBeNull();
  });
});
