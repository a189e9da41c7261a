// The one mutation path: authentication, the re-read user, permissions, validation messages in the
// user's language, audit in the same transaction, and the handling of unexpected errors.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { type ActionDefinition, formDataToObject } from "@/server/action-core";
import type { Db } from "@/server/db-client";
import { requiredText } from "@/lib/form-fields";
import { createTestDb } from "../helpers/test-db";
import { makeUser, runAs, TIELI_REGION_ID } from "../helpers/factories";

let db: Db;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => db.$disconnect());

const createTownship = {
  name: "township.create",
  permission: "registry.write",
  input: z.object({ name: requiredText(20) }),
  async run({ tx, input, audit }) {
    const row = await tx.township.create({ data: { name: input.name, regionId: TIELI_REGION_ID } });
    audit({ entity: "Township", entityId: row.id, after: row });
    return row;
  },
} satisfies ActionDefinition<z.ZodObject<{ name: ReturnType<typeof requiredText> }>, { id: number; name: string }>;

describe("executeAction", () => {
  it("refuses a visitor without a session", async () => {
    const result = await runAs(db, null, createTownship, { name: "铁力镇" });
    expect(result).toMatchObject({ ok: false, error: "登录已失效，请重新登录。" });
    expect(await db.township.count()).toBe(0);
  });

  it("refuses a role without the permission, in the user's language", async () => {
    const leader = await makeUser(db, "LEADER");
    expect(await runAs(db, leader, createTownship, { name: "铁力镇" })).toMatchObject({ ok: false, error: "您没有权限进行此操作。" });
    expect(await runAs(db, leader, createTownship, { name: "铁力镇" }, "en")).toMatchObject({ ok: false, error: "You are not allowed to do this." });
    expect(await db.township.count()).toBe(0);
  });

  it("refuses a deactivated user and a session whose role has changed", async () => {
    const admin = await makeUser(db, "ADMIN");
    await db.$transaction((tx) => tx.user.update({ where: { id: admin.id }, data: { active: false } }));
    expect((await runAs(db, admin, createTownship, { name: "A镇" })).ok).toBe(false);

    const demoted = await makeUser(db, "ADMIN");
    await db.$transaction((tx) => tx.user.update({ where: { id: demoted.id }, data: { role: "LEADER" } }));
    expect((await runAs(db, demoted, createTownship, { name: "B镇" })).ok).toBe(false);

    const reset = await makeUser(db, "ADMIN");
    await db.$transaction((tx) => tx.user.update({ where: { id: reset.id }, data: { sessionVersion: 1 } }));
    expect((await runAs(db, reset, createTownship, { name: "C镇" })).ok).toBe(false);
    expect(await db.township.count()).toBe(0);
  });

  it("returns field errors in the user's language and writes nothing", async () => {
    const admin = await makeUser(db, "ADMIN");
    const zh = await runAs(db, admin, createTownship, { name: "   " });
    expect(zh).toEqual({ ok: false, error: "请检查标红的内容后再提交。", fieldErrors: { name: "此项为必填项。" } });
    const en = await runAs(db, admin, createTownship, { name: "x".repeat(21) }, "en");
    expect(en).toMatchObject({ ok: false, fieldErrors: { name: "Too long: at most 20 characters." } });
    expect(await db.township.count()).toBe(0);
  });

  it("writes the change and its audit entry together", async () => {
    const admin = await makeUser(db, "ADMIN");
    const result = await runAs(db, admin, createTownship, { name: "朗乡镇" });
    expect(result.ok).toBe(true);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "township.create" } });
    expect(entry.userId).toBe(admin.id);
    expect(JSON.parse(entry.after ?? "{}")).toMatchObject({ name: "朗乡镇" });
  });

  it("rolls the change back when the action fails midway, and hides the raw error", async () => {
    const admin = await makeUser(db, "ADMIN");
    const failing = {
      ...createTownship,
      name: "township.failing",
      async run(ctx: Parameters<typeof createTownship.run>[0]) {
        await createTownship.run(ctx);
        throw new Error("disk on fire at /var/secret/path");
      },
    };
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const result = await runAs(db, admin, failing, { name: "神树镇" });
    spy.mockRestore();
    expect(result).toEqual({ ok: false, error: "操作未能完成，请稍后重试。如问题持续，请联系组织部。" });
    expect(await db.township.findFirst({ where: { name: "神树镇" } })).toBeNull();
    expect(await db.auditEntry.count({ where: { action: "township.failing" } })).toBe(0);
  });

  it("refuses to commit a change that recorded no audit entry", async () => {
    const admin = await makeUser(db, "ADMIN");
    const silent = { ...createTownship, name: "township.silent", run: async ({ tx }: { tx: Parameters<typeof createTownship.run>[0]["tx"] }) => tx.township.create({ data: { name: "王杨乡", regionId: TIELI_REGION_ID } }) };
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const result = await runAs(db, admin, silent, { name: "王杨乡" });
    spy.mockRestore();
    expect(result.ok).toBe(false);
    expect(await db.township.findFirst({ where: { name: "王杨乡" } })).toBeNull();
  });
});

describe("side effects outside the database", () => {
  it("run after the commit on success, and only the undo runs when the transaction fails", async () => {
    const admin = await makeUser(db, "ADMIN");
    const log: string[] = [];
    const withEffects = (fail: boolean) => ({
      ...createTownship,
      name: "township.effects",
      async run(ctx: Parameters<typeof createTownship.run>[0]) {
        const row = await createTownship.run(ctx);
        ctx.afterCommit(async () => void log.push(`after ${row.name}`));
        ctx.onRollback(async () => void log.push(`undo ${row.name}`));
        if (fail) throw new Error("late failure");
        return row;
      },
    });
    expect((await runAs(db, admin, withEffects(false), { name: "桃山镇" })).ok).toBe(true);
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    expect((await runAs(db, admin, withEffects(true), { name: "双丰镇" })).ok).toBe(false);
    spy.mockRestore();
    expect(log).toEqual(["after 桃山镇", "undo 双丰镇"]);
  });
});

describe("formDataToObject", () => {
  it("keeps single values, collects repeated and [] keys into arrays, drops Next's action fields", () => {
    const form = new FormData();
    form.append("name", "满天红村");
    form.append("tag", "a");
    form.append("tag", "b");
    form.append("ids[]", "1");
    form.append("$ACTION_ID_abc", "");
    expect(formDataToObject(form)).toEqual({ name: "满天红村", tag: ["a", "b"], ids: ["1"] });
  });
});
