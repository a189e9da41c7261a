// Every visible string lives in both languages under the same keys, no value is left empty, and
// every key the code asks for is there.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/i18n/messages";
import { messageKeysUsed, missingKeys } from "../helpers/message-keys";
import { visibleTextIn } from "../helpers/visible-text";

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
    // An argument is "{name}" or "{name, plural|select, …}"; the words of a branch ("{not recorded}") are text.
    const placeholders = (s: unknown) => [...String(s).matchAll(/\{(\w+)(?=[,}])/g)].map((m) => m[1]).sort();
    const mismatched = zh.filter((k) => JSON.stringify(placeholders(valueAt(MESSAGES["zh-CN"], k))) !== JSON.stringify(placeholders(valueAt(MESSAGES.en, k))));
    expect(mismatched).toEqual([]);
  });
});

describe("message keys in the code", () => {
  const keys = new Set([...keysOf(MESSAGES["zh-CN"]), ...keysOf(MESSAGES.en)]);
  const sources = readdirSync("src", { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f) && !f.startsWith(`generated${path.sep}`))
    .map((f) => path.join("src", f));

  it("all exist in the message files", () => {
    const uses = sources.flatMap((file) => messageKeysUsed(file, readFileSync(file, "utf8")));
    // The reader finds the code's keys: a change that broke it would make this test pass for nothing.
    expect(uses.length).toBeGreaterThan(500);
    expect(missingKeys(uses, keys).map((u) => `${u.file}:${u.line} ${u.key}${u.prefix ? "…" : ""}`)).toEqual([]);
  });

  it("are read from every way the code names them, and a key no file has is reported", () => {
    const source = `
      export async function Card() {
        const t = await getTranslations("pledges");
        const [tc, f] = await Promise.all([getTranslations("common"), getDayFormat()]);
        if (broken) throw new UserError("errors.noSuchError");
        const schema = z.string().min(1, { error: "validation.noSuchRule" });
        return <p>{t("title")} {t("noSuchKey")} {tc(\`noSuchGroup.\${x}\`)} {t.rich("alsoMissing", {})}</p>;
      }
      function Other() {
        const t = useTranslations("common");
        return t("title");
      }`;
    const missing = missingKeys(messageKeysUsed("card.tsx", source), keys).map((u) => u.key);
    expect(missing).toEqual(["errors.noSuchError", "validation.noSuchRule", "pledges.noSuchKey", "common.noSuchGroup.", "pledges.alsoMissing", "common.title"]);
  });

  it("show no hard-coded text: every visible word in a component comes from the message files", () => {
    const components = sources.filter((f) => f.endsWith(".tsx"));
    expect(components.length).toBeGreaterThan(100);
    expect(components.flatMap((file) => visibleTextIn(file, readFileSync(file, "utf8"))).map((h) => `${h.file}:${h.line} ${h.text}`)).toEqual([]);
  });

  it("find hard-coded text in JSX, in visible props and in option labels, but not in keys", () => {
    const source = `export function A({ x }) {
      return (
        <div title="Hello" aria-label={x ? "是" : t("a")}>
          <p>评诺：{x}</p>{"（MB）"}{t("ok")} {x} · — 12
          <Picker choices={[{ value: 1, label: "Good" }]} />
          <span>{\`Review: \${x}\`}</span>
        </div>
      );
    }`;
    expect(visibleTextIn("a.tsx", source).map((h) => h.text)).toEqual(["Hello", "是", "评诺：", "（MB）", "Good", "Review:"]);
  });
});
