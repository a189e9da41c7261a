// The dashboard keeps figures by their key (features/dashboard/context.ts): two figures with one
// key would serve each other's numbers, so every key is declared once.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const QUERIES = "src/features/dashboard/queries";

describe("the dashboard's kept figures", () => {
  it("each have a key of their own", async () => {
    const keys: string[] = [];
    for (const file of readdirSync(QUERIES).filter((f) => f.endsWith(".ts"))) {
      const exports: Record<string, unknown> = await import(`@/features/dashboard/queries/${path.basename(file, ".ts")}`);
      for (const value of Object.values(exports)) {
        if (value && typeof value === "object" && "key" in value && "compute" in value) keys.push(String(value.key));
      }
    }
    expect(keys.length).toBeGreaterThan(10);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });
});
