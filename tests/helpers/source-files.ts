// The app's own source files, read from disk, for tests that check every module of a kind
// (every "use server" module, every route handler) so that a new one cannot be forgotten.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

/** Every module that starts with "use server": its exports are server actions. */
export function serverActionModules(): string[] {
  return sourceFiles("src").filter((file) => /^\s*["']use server["']/.test(readFileSync(file, "utf8")));
}

/** Every route handler module under src/app/api, and the HTTP methods it exports. */
export function routeHandlers(): { file: string; methods: string[] }[] {
  return sourceFiles(path.join("src", "app", "api"))
    .filter((file) => /route\.tsx?$/.test(file))
    .map((file) => {
      const source = readFileSync(file, "utf8");
      const declared = [...source.matchAll(/export (?:async )?function (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]);
      const renamed = [...source.matchAll(/\bas (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]);
      return { file, methods: [...declared, ...renamed].sort() };
    });
}
