import { describe, expect, it } from "vitest";
import { createTestDb } from "../helpers/test-db";

describe("test database", () => {
  it("starts migrated and empty", async () => {
    const db = await createTestDb();
    await db.township.create({ data: { name: "铁力镇" } });
    expect(await db.township.count()).toBe(1);
    await db.$disconnect();
  });
});
