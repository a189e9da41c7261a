// Text no database can store is found before any schema runs (src/server/well-formed-text.ts):
// a lone surrogate fails in the driver, a NUL in PostgreSQL's text type. Both came out of the fuzz
// test (tests/db/fuzzed-input.test.ts); here each is pinned down, with where it sits.
import { describe, expect, it } from "vitest";
import { malformedTextField } from "@/server/well-formed-text";

describe("text a database cannot store", () => {
  it("is found in any field, nested or in a list, and named by its path", () => {
    expect(malformedTextField({ title: "a\uD800b" })).toBe("title");
    expect(malformedTextField({ notes: "第一行\u0000" })).toBe("notes");
    expect(malformedTextField({ values: [{ value: "1" }, { value: "\uDC00" }] })).toBe("values.1.value");
    expect(malformedTextField("\uD800")).toBe("_form");
    expect(malformedTextField({ ["\uD800"]: "x" })).toBe("_form");
  });

  it("leaves ordinary text alone: Chinese, emoji as whole pairs, other control characters", () => {
    expect(malformedTextField({ title: "走访慰问 👍", note: "\u0007\u001b[2J\t\n", n: 1e20, list: ["1", null] })).toBeNull();
  });

  it("stops at a depth no form has, so a hostile nesting cannot exhaust the stack", () => {
    let deep: unknown = "\uD800";
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    expect(malformedTextField(deep)).toBeNull();
  });
});
