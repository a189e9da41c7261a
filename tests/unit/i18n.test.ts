// Every visible string lives in both languages under the same keys, and no value is left empty.
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/i18n/messages";

function keysOf(value: unknown, prefix = ""): string[] {
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

function valueAt(root: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], root);
}

describe("message files", () => {
  const zh = keysOf(MESSAGES["zh-CN"]).sort();
  const en = keysOf(MESSAGES.en).sort();

  it("have the same keys in zh-CN and en", () => {
    expect(zh.filter((k) => !en.includes(k))).toEqual([]);
    expect(en.filter((k) => !zh.includes(k))).toEqual([]);
  });

  it("have no empty texts", () => {
    const empty = zh.filter((k) => !String(valueAt(MESSAGES["zh-CN"], k)).trim()).concat(en.filter((k) => !String(valueAt(MESSAGES.en, k)).trim()));
    expect(empty).toEqual([]);
  });

  it("use the same placeholders in both languages", () => {
    const placeholders = (s: unknown) => [...String(s).matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();
    const mismatched = zh.filter((k) => JSON.stringify(placeholders(valueAt(MESSAGES["zh-CN"], k))) !== JSON.stringify(placeholders(valueAt(MESSAGES.en, k))));
    expect(mismatched).toEqual([]);
  });
});
