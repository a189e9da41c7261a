// A form's red * must say what its schema says: a field marked required is refused when left blank,
// and a field the schema refuses blank carries the mark (the pledge form once marked 承诺人 required
// while its hint and schema let it stay blank). The marks are read from the form's source; a
// condition (`required={kind === "MEMBER"}`) is the form's own rule and is not compared here.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { ActivityCorrectionInput } from "@/features/activities/schemas";
import { IndicatorInput } from "@/features/indicators/schemas";
import { PairingInput } from "@/features/pairings/schemas";
import { CampaignInput } from "@/features/campaigns/schemas";
import { PledgeFulfilInput, PledgeInput, PledgeReviewInput } from "@/features/pledges/schemas";
import { InspectionInput, RectificationInput, RectificationReportInput, VisitInput } from "@/features/supervision/schemas";
import { TownshipInput } from "@/features/townships/schemas";
import { UnitInput } from "@/features/units/schemas";
import { VillageInput } from "@/features/villages/schemas";

const FORMS: [file: string, schema: z.ZodType][] = [
  // The correction schema: the same fields and the reason the form asks for when correcting.
  ["activities/components/activity-form.tsx", ActivityCorrectionInput],
  ["indicators/components/indicator-form.tsx", IndicatorInput],
  ["pairings/components/pairing-form.tsx", PairingInput],
  ["campaigns/components/campaign-form.tsx", CampaignInput],
  ["pledges/components/pledge-form.tsx", PledgeInput],
  ["pledges/components/fulfil-form.tsx", PledgeFulfilInput],
  ["pledges/components/review-form.tsx", PledgeReviewInput],
  ["supervision/components/inspection-form.tsx", InspectionInput],
  ["supervision/components/rectification-form.tsx", RectificationInput],
  ["supervision/components/report-form.tsx", RectificationReportInput],
  ["supervision/components/visit-form.tsx", VisitInput],
  ["townships/components/township-form.tsx", TownshipInput],
  ["units/components/unit-form.tsx", UnitInput],
  ["villages/components/village-form.tsx", VillageInput],
];

type Mark = "required" | "optional" | "conditional";

/** Reviewed: marks whose rule lives in the action because it depends on the stored record. */
const RULE_IN_THE_ACTION = new Set([
  // Shown only on an ended pairing, whose end date the update action then requires.
  "pairings/components/pairing-form.tsx endDate",
]);

/** Each labelled field of the form (`<TextField … name="x" … />` and its kin) with its mark. */
function fieldsOf(source: string): Map<string, Mark> {
  const fields = new Map<string, Mark>();
  for (const [, props] of source.matchAll(/<(?:TextField|TextAreaField|SelectField|SearchableSelect|PairingPicker)\b([\s\S]*?)(?<!=)>/g)) {
    const name = /\bname="(\w+)"/.exec(props)?.[1];
    if (!name) continue;
    const mark: Mark = /\brequired=\{/.test(props) ? "conditional" : /\brequired\b/.test(props) ? "required" : "optional";
    fields.set(name, mark);
  }
  return fields;
}

/** The fields the schema refuses when the form sends them blank. */
function refusedBlank(schema: z.ZodType, names: string[]): Set<string> {
  const blank = Object.fromEntries(names.map((n) => [n, ""]));
  const result = schema.safeParse(blank);
  return new Set(result.success ? [] : result.error.issues.map((i) => String(i.path[0])));
}

describe("required marks", () => {
  it("are read from the forms (the reader finds their fields)", () => {
    const pledge = fieldsOf(readFileSync("src/features/pledges/components/pledge-form.tsx", "utf8"));
    expect(pledge.get("content")).toBe("required");
    expect(pledge.get("pledgerName")).toBe("conditional");
  });

  it("match what each form's schema refuses when blank", () => {
    const mismatched: string[] = [];
    let compared = 0;
    for (const [file, schema] of FORMS) {
      const fields = fieldsOf(readFileSync(`src/features/${file}`, "utf8"));
      const refused = refusedBlank(schema, [...fields.keys()]);
      for (const [name, mark] of fields) {
        if (mark === "conditional" || RULE_IN_THE_ACTION.has(`${file} ${name}`)) continue;
        compared += 1;
        if ((mark === "required") !== refused.has(name)) mismatched.push(`${file} ${name}: marked ${mark}, schema ${refused.has(name) ? "refuses" : "accepts"} blank`);
      }
    }
    expect(compared).toBeGreaterThan(30);
    expect(mismatched).toEqual([]);
  });
});
