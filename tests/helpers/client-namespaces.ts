// Which message namespaces the browser needs for a route: the top-level namespaces of every key
// used by a client component the route's files import (directly or through other modules). A
// module imported from a "use client" module runs in the browser too, so it counts as client code;
// a "use server" module's code stays on the server.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { messageKeysUsed } from "./message-keys";

const SRC = path.resolve(import.meta.dirname, "../../src");
const IMPORT = /(?:import|export)\s+(?!type\s)[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;
// DeleteRecordButton and the like take the namespace of their texts as a prop.
const NAMESPACE_PROP = /\bnamespace="([a-zA-Z]+)"/g;
// useTranslations("areas") with keys built at run time (t(area)) still needs the whole namespace.
const TRANSLATOR = /\buseTranslations\(\s*["']([a-zA-Z]+)/g;

function resolveImport(from: string, spec: string): string | undefined {
  const base = spec.startsWith("@/") ? path.join(SRC, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : undefined;
  if (!base) return undefined;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

const directive = (name: string) => new RegExp(`^\\s*(?:\\/\\/[^\\n]*\\n\\s*)*["']${name}["']`);

type Module = { client: boolean; serverActions: boolean; imports: string[]; namespaceProps: string[]; keyNamespaces: () => string[] };
const modules = new Map<string, Module>();

function moduleAt(file: string): Module {
  const known = modules.get(file);
  if (known) return known;
  const source = readFileSync(file, "utf8");
  let parsedKeys: string[] | undefined;
  const parsed: Module = {
    client: directive("use client").test(source),
    serverActions: directive("use server").test(source),
    imports: [...source.matchAll(IMPORT)].map((m) => resolveImport(file, m[1] ?? m[2])).filter((f): f is string => !!f),
    namespaceProps: [...source.matchAll(NAMESPACE_PROP)].map((m) => m[1]),
    // Parsing is the slow part: only modules that run in the browser need it, once.
    keyNamespaces: () =>
      (parsedKeys ??= [
        ...[...source.matchAll(TRANSLATOR)].map((m) => m[1]),
        ...messageKeysUsed(file, source).filter((use) => use.key.includes(".")).map((use) => use.key.split(".")[0]),
      ]),
  };
  modules.set(file, parsed);
  return parsed;
}

/** Namespaces the client components reachable from these entry files use. */
export function clientNamespacesOf(entries: string[]): Set<string> {
  const namespaces = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string, client: boolean) => {
    const key = `${client}:${file}`;
    if (seen.has(key)) return;
    seen.add(key);
    const parsed = moduleAt(file);
    // A "use server" module reaches the browser only as references to its actions.
    if (parsed.serverActions) return;
    const inBrowser = client || parsed.client;
    for (const ns of parsed.namespaceProps) namespaces.add(ns);
    if (inBrowser) for (const ns of parsed.keyNamespaces()) namespaces.add(ns);
    for (const target of parsed.imports) visit(target, inBrowser);
  };
  for (const entry of entries) visit(entry, false);
  return namespaces;
}

/** Every .ts/.tsx file under a folder (a route segment and the routes below it). */
export function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}
