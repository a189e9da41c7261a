// Hostile input, generated: every server action (found in the code, as the authorization matrix
// finds them) is run by a user allowed to run it, with a valid input spoiled by fast-check — one
// field replaced by a boundary or random value (1e20, thirty digits, 2011-02-31, control
// characters, very long or deeply nested values, wrong types), a field removed, extra fields, or
// no object at all. Whatever comes in, the answer is a result, never the "unexpected error"; a
// refusal carries a message a person can read (no message key, no stack) and writes nothing.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { translatorFor } from "@/i18n/translator";
import type { Db } from "@/server/db-client";
import { allowedActor, type AnyAction, createMatrixSuite, type MatrixWorld, rowCounts } from "../helpers/authorization-matrix";
import { ACTION_ROWS } from "../helpers/authorization-rows";
import { runAs } from "../helpers/factories";

vi.mock("@/server/action", () => ({ defineAction: (def: unknown) => ({ definition: def }) }));

/** Runs per action: enough to try every kind of spoiling a few times, with the suite under two minutes. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
/** A fixed seed, so a run in CI is repeatable; FUZZ_SEED=random (or a number) for a fresh hunt. */
const SEED = process.env.FUZZ_SEED === "random" ? Date.now() : Number(process.env.FUZZ_SEED ?? 20261128);

const nested = (depth: number): unknown => {
  let value: unknown = "底";
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
};

/** The values the attacks of issue 12 used, and their neighbours. */
const BOUNDARY: unknown[] = [
  "1e20", "1".repeat(30), "-1", "0", "-0", "0x10", "1.5", "NaN", "Infinity", " 7 ", "٣",
  "2011-02-31", "2011-13-01", "2011-00-10", "0000-00-00", "99999-01-01", "2011-2-3", "2011-02-28T25:00",
  "x".repeat(100_000), "长".repeat(5_000), "\u0000\u0007\u001b[2J", "\uD800", "<script>alert(1)</script>", "%E0%A4%A", "", " ",
  1e20, -1, 0.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 2, true, null, undefined,
  [], ["1", "2"], {}, { id: "1" }, nested(3_000), Array.from({ length: 10_000 }, () => "1"),
];

const hostileValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...BOUNDARY) },
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.bigInt().map(String),
  fc.double().map(String),
  fc.double(),
  fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? "Invalid Date" : d.toISOString().slice(0, 10))),
  fc.anything({ maxDepth: 4 }),
);

/** One way of spoiling a valid input, as data so that a failure prints what was sent. */
type Spoil =
  | { kind: "replace"; field: number; value: unknown }
  | { kind: "remove"; field: number }
  | { kind: "extra"; fields: Record<string, unknown> }
  | { kind: "whole"; value: unknown };

const spoiling: fc.Arbitrary<Spoil> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("replace" as const), field: fc.nat(), value: hostileValue }) },
  fc.record({ kind: fc.constant("remove" as const), field: fc.nat() }),
  fc.record({ kind: fc.constant("extra" as const), fields: fc.dictionary(fc.string({ maxLength: 12 }), hostileValue, { minKeys: 1, maxKeys: 4 }) }),
  fc.record({ kind: fc.constant("whole" as const), value: hostileValue }),
);

function spoil(input: Record<string, unknown>, how: Spoil): unknown {
  if (how.kind === "whole") return how.value;
  if (how.kind === "extra") return { ...how.fields, ...input };
  const keys = Object.keys(input);
  if (keys.length === 0) return how.kind === "replace" ? { id: how.value } : input;
  // The field is counted round, so that any number names one.
  const out = { ...input };
  const key = keys[how.field % keys.length];
  if (how.kind === "remove") delete out[key];
  else out[key] = how.value;
  return out;
}

const t = translatorFor("zh-CN");
/** A message key shown as such ("validation.invalid") or an error's own text is not a message for a person. */
const UNREADABLE = /^(\w+\.)+\w+$|Error:|at \w+ \(|Prisma|\[object /;

let db: Db;
let w: MatrixWorld;
let actions: Map<string, AnyAction>;
beforeAll(async () => ({ db, w, actions } = await createMatrixSuite()));
afterAll(async () => db.$disconnect());

describe("every server action, fed hostile input", () => {
  it.each(Object.keys(ACTION_ROWS))("%s answers with a readable message and writes nothing when it refuses", async (key) => {
    const row = ACTION_ROWS[key];
    const def = actions.get(key)!;
    const actor = allowedActor(row);
    const user = actor.user(w)!;
    await fc.assert(
      fc.asyncProperty(spoiling, async (how) => {
        const input = spoil(await row.input({ db, w, actorId: user.id }, "own"), how);
        const before = await rowCounts(db);
        const lastAudit = (await db.auditEntry.aggregate({ _max: { id: true } }))._max.id ?? 0;

        const result = await runAs(db, user, def, input);

        if (result.ok) return;
        expect(result.error).not.toBe(t("errors.unexpected"));
        for (const message of [result.error, ...Object.values(result.fieldErrors ?? {})]) {
          expect(message.trim()).not.toBe("");
          expect(message).not.toMatch(UNREADABLE);
        }
        expect(await rowCounts(db)).toEqual(before);
        const written = await db.auditEntry.findMany({ where: { id: { gt: lastAudit } }, select: { action: true } });
        expect(written.filter((e) => !e.action.startsWith("security."))).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
