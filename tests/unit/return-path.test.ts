// The login page's return address: only paths of this site survive, whatever a browser would make of them.
import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/return-path";

describe("the return address after login", () => {
  it("keeps a path of this site with its query", () => {
    expect(safeReturnPath("/units?page=2")).toBe("/units?page=2");
    expect(safeReturnPath("/pairings/3#ledger")).toBe("/pairings/3#ledger");
  });

  it("refuses every form a browser reads as another site", () => {
    for (const hostile of [
      "//evil.example",
      "/\\evil.example",
      "/\\/evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "\\/evil.example",
      "/%09/evil.example/../",
      "https://evil.example/",
      "javascript:alert(1)",
      " /units",
      "",
      undefined,
      ["/units"],
    ]) {
      const path = safeReturnPath(hostile);
      expect(new URL(path, "https://app.example").origin, JSON.stringify(hostile)).toBe("https://app.example");
      expect(path.startsWith("//") || path.includes("\\"), JSON.stringify(hostile)).toBe(false);
    }
    expect(safeReturnPath("/\\evil.example")).toBe("/");
    expect(safeReturnPath("/\t/evil.example")).toBe("/");
  });

  it("never returns to the login page itself", () => {
    expect(safeReturnPath("/login?callbackUrl=/units")).toBe("/");
  });
});
