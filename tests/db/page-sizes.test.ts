// The pager offers 20, 50 or 100 rows a page on every list: the supervision, bulletin, survey and
// assessment lists must serve the size asked for, not a fixed 20 (the pager would then count pages
// the list never shows).
import { pairingScope } from "@/domain/visibility";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db-client";
import { listInspections } from "@/features/supervision/queries-inspections";
import { listRectifications } from "@/features/supervision/queries-rectifications";
import { pageRequest, pageSlice } from "@/lib/list-params";
import { asCurrentUser, makeInspection } from "../helpers/factories";
import { createWorldDb, type World } from "../helpers/world";

let db: Db;
let w: World;
beforeAll(async () => ({ db, w } = await createWorldDb()));
afterAll(async () => db.$disconnect());

describe("page sizes", () => {
  it("reads the page and size a list was asked for, refusing sizes the pager does not offer", () => {
    expect(pageRequest({ page: "3", size: "50" })).toEqual({ page: 3, size: 50 });
    expect(pageRequest({ size: "7" })).toEqual({ page: 1, size: 20 });
    const rows = Array.from({ length: 120 }, (_, i) => i + 1);
    expect(pageSlice(rows, { page: 2, size: 50 })).toEqual(rows.slice(50, 100));
    expect(pageSlice(rows, pageRequest({ page: "2" }))).toEqual(rows.slice(20, 40));
  });

  it("pages inspections and rectification items by the size asked for", async () => {
    for (let i = 0; i < 25; i += 1) await makeInspection(db, [w.pairingA.id], { day: `2011-05-${String(1 + i).padStart(2, "0")}` });
    const admin = asCurrentUser(w.admin);
    expect((await listInspections(db, pairingScope(admin), { page: 1, size: 50 })).rows).toHaveLength(25);
    expect((await listInspections(db, pairingScope(admin), { page: 2 })).rows).toHaveLength(5);
    expect((await listRectifications(db, admin, { page: 1, size: 50 })).rows).toHaveLength(25);
    expect((await listRectifications(db, admin, { page: 1 })).rows).toHaveLength(20);
  });
});
