import { describe, expect, it } from "vitest";
import { malformedPercentEncoding, MAX_BODY_NESTING, nestedDeeperThan } from "@/lib/hostile-input";

describe("hostile input the proxy refuses", () => {
  it("finds percent-encoding that does not decode", () => {
    for (const bad of ["/units/%zz", "/api/attachments/%E0%A4%A", "/%", "/dashboard/sources/indicator/%E0"]) expect(malformedPercentEncoding(bad), bad).toBe(true);
    for (const good of ["/units/12", "/villages/%E6%BB%A1", "/a%20b", "/"]) expect(malformedPercentEncoding(good), good).toBe(false);
  });

  it("finds bodies nested deeper than any form of the app, without recursing itself", () => {
    expect(nestedDeeperThan(JSON.stringify([{ id: 1, files: [{ a: [1, 2] }] }]))).toBe(false);
    expect(nestedDeeperThan("[".repeat(MAX_BODY_NESTING) + "]".repeat(MAX_BODY_NESTING))).toBe(false);
    expect(nestedDeeperThan("[".repeat(MAX_BODY_NESTING + 1))).toBe(true);
    expect(nestedDeeperThan('{"a":'.repeat(1_000_000) + "1" + "}".repeat(1_000_000))).toBe(true);
    // Brackets inside strings, escaped quotes included, are text.
    expect(nestedDeeperThan(JSON.stringify(["[".repeat(1000), 'a"[[[[' + "{".repeat(100)]))).toBe(false);
  });
});
