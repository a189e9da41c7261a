import { describe, expect, it } from "vitest";
import { changeSet } from "@/lib/change-set";

describe("changeSet", () => {
  it("lists only the fields that changed, ignoring bookkeeping columns", () => {
    const before = JSON.stringify({ name: "市农业局", memberCount: 20, updatedAt: "2011-01-01", searchText: "a" });
    const after = JSON.stringify({ name: "市农业局", memberCount: 23, updatedAt: "2011-02-01", searchText: "b" });
    expect(changeSet(before, after)).toEqual([{ field: "memberCount", before: 20, after: 23 }]);
  });

  it("shows every field of a created or deleted row", () => {
    expect(changeSet(null, JSON.stringify({ name: "铁力镇" }))).toEqual([{ field: "name", before: undefined, after: "铁力镇" }]);
    expect(changeSet(JSON.stringify({ name: "铁力镇" }), null)).toEqual([{ field: "name", before: "铁力镇", after: undefined }]);
  });

  it("survives text that is not JSON", () => {
    expect(changeSet("broken{", null)).toEqual([{ field: "value", before: "broken{", after: undefined }]);
  });
});
