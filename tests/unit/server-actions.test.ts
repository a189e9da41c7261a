// Every server action goes through the one mutation path: a "use server" module may export only
// actions made by defineAction (which authenticates, validates, checks role and scope, and audits).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { serverActionModules as findServerActionModules, sourceFiles } from "../helpers/source-files";

const serverActionModules = findServerActionModules();

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

// The audit log is a hash chain (src/server/audit-chain.ts): an entry written around writeAudit
// would have no link, and the integrity check would call the log broken from there on.
describe("audit entries", () => {
  it("are written only by writeAudit", () => {
    const writers = [...sourceFiles("src"), ...sourceFiles("prisma"), ...sourceFiles("scripts")].filter((file) =>
      /auditEntry\.(create|createMany|upsert|update|updateMany)\(/.test(readFileSync(file, "utf8")),
    );
    expect(writers).toEqual([path.join("src", "server", "audit.ts")]);
  });
});
