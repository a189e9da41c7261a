// Each page sends the browser only the message namespaces its client components use. These tests
// read the code: a client component that starts using a namespace its route segment does not
// provide (it would show the raw key and log MISSING_MESSAGE) fails here, and so does a list
// that keeps a namespace nothing uses any more.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SEGMENT_NAMESPACES, SHELL_NAMESPACES } from "@/i18n/client-namespaces";
import { clientNamespacesOf, filesUnder } from "../helpers/client-namespaces";

const APP = path.resolve(import.meta.dirname, "../../src/app");
const folders = (group: string) =>
  readdirSync(path.join(APP, group), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ segment: entry.name, folder: path.join(APP, group, entry.name) }));

const segments = [...folders("(app)"), ...folders("(auth)"), { segment: "print", folder: path.join(APP, "print") }];
const shell = new Set<string>(SHELL_NAMESPACES);
const beyondShell = (namespaces: Iterable<string>) => [...namespaces].filter((ns) => !shell.has(ns)).sort();
const declared = (segment: string) => [...((SEGMENT_NAMESPACES as Record<string, readonly string[]>)[segment] ?? [])].sort();

describe("messages sent to the browser", () => {
  it.each(segments)("$segment: its layout provides what its client components use", ({ segment, folder }) => {
    expect(segment in SEGMENT_NAMESPACES, `${segment} needs an entry in SEGMENT_NAMESPACES`).toBe(true);
    const layout = path.join(folder, "layout.tsx");
    expect(existsSync(layout) && readFileSync(layout, "utf8").includes(`<ClientMessages segment="${segment}">`), `${segment}/layout.tsx wraps its pages in <ClientMessages segment="${segment}">`).toBe(true);
    expect(declared(segment)).toEqual(beyondShell(clientNamespacesOf(filesUnder(folder))));
  });

  it("the home page provides what its client components use", () => {
    const page = path.join(APP, "(app)/page.tsx");
    expect(readFileSync(page, "utf8")).toContain('<ClientMessages segment="home">');
    expect(declared("home")).toEqual(beyondShell(clientNamespacesOf([page])));
  });

  it("the shell's namespaces cover the layouts, error and not-found pages around every segment", () => {
    const around = readdirSync(path.join(APP, "(app)"))
      .filter((name) => name.endsWith(".tsx") && name !== "page.tsx")
      .map((name) => path.join(APP, "(app)", name))
      .concat(["layout.tsx", "not-found.tsx", "forbidden.tsx"].map((name) => path.join(APP, name)));
    expect(beyondShell(clientNamespacesOf(around))).toEqual([]);
  });

  it("has no entry for a segment that does not exist", () => {
    const known = new Set(["home", ...segments.map((s) => s.segment)]);
    expect(Object.keys(SEGMENT_NAMESPACES).filter((segment) => !known.has(segment))).toEqual([]);
  });
});
