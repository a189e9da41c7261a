// The authorization matrix for route handlers: every exported method of every route under
// src/app/api must have a row in tests/helpers/authorization-rows.ts, and is called — with a Request
// and a real session row — by every kind of actor. Refused: a bare 404/403 (no record data), and
// nothing written.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/server/db-client";
import { startSession } from "@/server/user-sessions";
import { generateBulletinAction, publishBulletinAction } from "@/features/bulletins/mutations";
import { createActivityAction } from "@/features/activities/mutations-recording";
import { ACTORS, createMatrixWorldDb, expectedAllowed, type MatrixWorld, snapshot } from "../helpers/authorization-matrix";
import { ROUTE_ROWS, routeTargets, type Side } from "../helpers/authorization-rows";
import { runOk } from "../helpers/factories";
import { routeHandlers } from "../helpers/source-files";
import { activityForm, fileOf, tempUploadDir } from "../helpers/world";

// The session cookie is read by next-auth inside a Next.js request; here the test says whose
// session it is. The session row itself is real and checked (user-sessions.ts) as in the app.
type Session = { user: { id: number; role: string; sessionVersion: number; sid: string } };
const { session, testDb } = vi.hoisted(() => ({ session: { current: null as Session | null }, testDb: { current: null as unknown } }));
vi.mock("next-auth", async (original) => ({ ...(await original<object>()), getServerSession: async () => session.current }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "zh-CN" }));
// A request's cookies, read by the dashboard (has this browser just written?): none, as for a reader who has not.
vi.mock("next/headers", async (original) => ({ ...(await original<object>()), cookies: async () => ({ get: () => undefined, set: () => undefined }) }));
// The app's one database client is this file's test database.
// (A stand-in that forwards, since some modules keep the client they were given at import.)
vi.mock("@/server/db", () => {
  const forward = new Proxy({}, {
    get(_target, property) {
      const value = Reflect.get(testDb.current as object, property);
      return typeof value === "function" ? value.bind(testDb.current) : value;
    },
  });
  // No replica: reads that may lag use the same database, as in a one-database deployment.
  return { db: forward, laggingDb: forward, replica: undefined };
});


type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

let db: Db;
let w: MatrixWorld;
const handlers = new Map<string, Handler>();
beforeAll(async () => {
  tempUploadDir();
  ({ db, w } = await createMatrixWorldDb());
  testDb.current = db;
  for (const { file, methods } of routeHandlers()) {
    const exported = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, Handler>;
    const key = path.relative(path.join("src", "app", "api"), path.dirname(file));
    for (const method of methods) handlers.set(`${key}#${method}`, exported[method]);
  }
  routeTargets.attachmentOn = async ({ db }, side: Side) => {
    const pairing = side === "own" ? w.pairingA : w.pairingB;
    const liaison = side === "own" ? w.liaisonA : w.liaisonB;
    const { id } = await runOk(db, liaison, createActivityAction, { ...activityForm(pairing.id), intent: "submit", files: [fileOf.png()] });
    return (await db.attachment.findFirstOrThrow({ where: { activityId: id } })).id;
  };
  routeTargets.publishedBulletin = async ({ db }) => {
    const { id } = await runOk(db, w.admin, generateBulletinAction, { from: "2011-01-01", to: "2011-06-30", campaignId: String(w.pairingA.campaignId) });
    await runOk(db, w.admin, publishBulletinAction, { id: String(id) });
    return id;
  };
});
afterAll(async () => db.$disconnect());

describe("the route handlers' authorization matrix", () => {
  it("has a row for every route handler method in the code, and none for one that is gone", () => {
    expect([...handlers.keys()].sort()).toEqual(Object.keys(ROUTE_ROWS).sort());
  });

  const cases = Object.entries(ROUTE_ROWS).flatMap(([key, row]) =>
    row.public ? [] : ACTORS.map((actor) => ({ key, row, actor, allowed: expectedAllowed(row, actor) })),
  );

  it.each(cases.map((c) => [c.key, c.actor.label, c.allowed ? "allowed" : "refused", c] as const))("%s — %s: %s", async (_k, _a, _e, { key, row, actor, allowed }) => {
    const handler = handlers.get(key)!;
    const user = actor.user(w);
    const { url, params, init } = await row.request({ db, w, actorId: user?.id ?? null }, actor.side);
    session.current = user ? { user: { id: user.id, role: user.role, sessionVersion: user.sessionVersion, sid: await db.$transaction((tx) => startSession(tx, user.id)) } } : null;
    const before = await snapshot(db);
    const lastAudit = (await db.auditEntry.aggregate({ _max: { id: true } }))._max.id ?? 0;

    const response = await handler(new Request(url, init), { params: Promise.resolve(params) });
    const body = await response.text();

    if (allowed) {
      expect(response.status, body.slice(0, 200)).toBe(row.allowedStatus ?? 200);
      return;
    }
    expect([403, 404], body.slice(0, 300)).toContain(response.status);
    expect(["Not found", "Forbidden"]).toContain(body);
    expect(await snapshot(db)).toEqual(before);
    const written = await db.auditEntry.findMany({ where: { id: { gt: lastAudit } } });
    expect(written.filter((e) => !e.action.startsWith("security."))).toEqual([]);
  });
});
