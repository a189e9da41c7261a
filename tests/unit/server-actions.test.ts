// Every server action goes through the one mutation path: a "use server" module may export only
// actions made by defineAction (which authenticates, validates, checks role and scope, and audits).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

const serverActionModules = sourceFiles("src").filter((file) => /^\s*["']use server["']/.test(readFileSync(file, "utf8")));

describe("server action modules", () => {
  it("exist", () => {
    expect(serverActionModules.length).toBeGreaterThan(0);
  });

  it.each(serverActionModules)("%s exports only defineAction(...) actions", (file) => {
    const source = readFileSync(file, "utf8");
    const exports = source.split("\n").filter((line) => /^export\s/.test(line));
    const offending = exports.filter((line) => !/^export const \w+ = defineAction\(/.test(line));
    expect(offending).toEqual([]);
  });
});
