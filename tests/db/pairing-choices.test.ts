// A list's pairing filter and a record form's pairing picker ask the server (GET /api/choices/pairings):
// what was typed finds pairings by either side's name, pinyin or initials, a few at a time, and only
// those the reader may see — or, for a record form, those they may record work for. The supervision
// forms' pickers (GET /api/choices/inspection-pairings, /api/choices/contact-points) offer the same
// writable pairings: an inspection's a township's at once too, a contact point's with its leader.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db-client";
import { createVillageAction } from "@/features/villages/mutations";
import { PAIRING_SEARCH_LIMIT, pairingChoice, recordPairingPicker, searchPairingChoices, townshipPairingChoices } from "@/features/pairings/queries";
import { inspectionPairingChoices } from "@/features/supervision/queries-inspections";
import { contactPointChoices } from "@/features/supervision/queries-visits";
import { asCurrentUser, makePairing, makeRegion, makeTownship, makeUnit, makeUser, makeVillage, runOk } from "../helpers/factories";
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

describe("a record form's pairing picker", () => {
  it("offers a liaison their unit's active pairings only, and searching finds no other unit's", async () => {
    const liaisonA = asCurrentUser(w.liaisonA);
    const ended = (await makePairing(db, w.unitA.id, (await makeVillage(db, w.township.id)).id)).id;
    await db.$transaction((tx) => tx.pairing.update({ where: { id: ended }, data: { status: "ENDED", activeKey: null, endDate: new Date("2011-01-01T00:00:00Z") } }));
    const offered = (await searchPairingChoices(db, liaisonA, "", "record")).map((c) => c.value);
    expect(offered.sort()).toEqual([w.pairingA.id, manTianHong].sort());
    expect(await searchPairingChoices(db, asCurrentUser(w.liaisonB), "mth", "record")).toEqual([]);
    // The list filter still finds the ended pairing: its records stay readable.
    expect((await searchPairingChoices(db, liaisonA, "", "read")).map((c) => c.value)).toContain(ended);

    // Editing a record on the ended pairing keeps it chosen; a new record cannot be sent there by a link.
    expect((await recordPairingPicker(db, liaisonA, { current: ended })).selected?.value).toBe(ended);
    expect((await recordPairingPicker(db, liaisonA, { wanted: ended })).selected).toBeNull();
  });

  it("lists a liaison's few pairings in the page and chooses the one the link names, only if it is theirs", async () => {
    const picker = await recordPairingPicker(db, asCurrentUser(w.liaisonA), { wanted: manTianHong });
    expect(picker.initial.length).toBeLessThan(picker.limit);
    expect(picker.selected?.label).toContain("满天红村");
    expect((await recordPairingPicker(db, asCurrentUser(w.liaisonB), { wanted: manTianHong })).selected?.value).toBe(w.pairingB.id);
  });

  it("carries only the first page for an administrator of many pairings, with the chosen one beyond it", async () => {
    const picker = await recordPairingPicker(db, asCurrentUser(w.admin), { current: manTianHong });
    expect(picker.initial).toHaveLength(PAIRING_SEARCH_LIMIT);
    expect(picker.selected?.value).toBe(manTianHong);
  });
});

describe("the supervision forms' pickers", () => {
  it("offers an inspection the department's active pairings: the first page in the form, all of a township at once", async () => {
    const admin = asCurrentUser(w.admin);
    const form = await inspectionPairingChoices(db, admin);
    expect(form.initial).toHaveLength(PAIRING_SEARCH_LIMIT);
    expect(form.townships.map((t) => t.id)).toContain(w.township.id);
    // The whole township, beyond one search's page; an ended pairing is no choice.
    const township = await townshipPairingChoices(db, admin, w.township.id);
    const active = await db.pairing.count({ where: { status: "ACTIVE", village: { townshipId: w.township.id } } });
    expect(township.length).toBeGreaterThan(PAIRING_SEARCH_LIMIT);
    expect(township).toHaveLength(active);
    expect(township.map((c) => c.value)).toContain(manTianHong);
  });

  it("offers another county's department none of them, by search or by township", async () => {
    const tieli = await db.region.findUniqueOrThrow({ where: { id: w.admin.regionId! } });
    const county = await makeRegion(db, await db.region.findUniqueOrThrow({ where: { id: tieli.parentId! } }));
    const sibling = asCurrentUser(await makeUser(db, "ADMIN", { regionId: county.id }));
    expect(await townshipPairingChoices(db, sibling, w.township.id)).toEqual([]);
    expect(await inspectionPairingChoices(db, sibling)).toMatchObject({ initial: [], townships: [] });
    expect(await contactPointChoices(db, sibling, "mth")).toEqual([]);
    // Its own township's pairing is its own to inspect.
    const own = await makePairing(db, (await makeUnit(db, { regionId: county.id })).id, (await makeVillage(db, (await makeTownship(db, "邻县镇", county.id)).id)).id);
    expect((await inspectionPairingChoices(db, sibling)).initial.map((c) => c.value)).toEqual([own.id]);
  });

  it("names a contact point's leader and sends its version", async () => {
    await db.$transaction((tx) => tx.pairing.update({ where: { id: manTianHong }, data: { contactLeaderName: "王市长", version: { increment: 1 } } }));
    const [found] = await contactPointChoices(db, asCurrentUser(w.admin), "mth");
    expect(found).toEqual({ value: manTianHong, label: expect.stringMatching(/满天红村（王市长）$/), version: expect.any(Number) });
    expect(found.version).toBe((await db.pairing.findUniqueOrThrow({ where: { id: manTianHong } })).version);
    expect(await contactPointChoices(db, asCurrentUser(w.admin), "")).toHaveLength(PAIRING_SEARCH_LIMIT);
  });
});
