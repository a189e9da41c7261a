// zod building blocks for HTML form input: strings arrive trimmed or empty, numbers as text,
// checkboxes as "on" or absent. Errors are message keys ("validation.*") translated for the user.
// Days and record ids have their one parser in the domain layer (domain/days.ts, domain/ids.ts).
import { z } from "zod";

export const requiredText = (max = 200) =>
  z.string({ error: "validation.required" }).trim().min(1, { error: "validation.required" }).max(max, { error: "validation.tooLong" });

export const optionalText = (max = 2000) =>
  z
    .string()
    .trim()
    .max(max, { error: "validation.tooLong" })
    .optional()
    .transform((v) => v ?? "");

export const wholeNumber = (max = 1_000_000_000) =>
  z.preprocess(
    (v) => (v === "" || v === undefined || v === null ? 0 : typeof v === "string" ? Number(v.trim()) : v),
    z.number({ error: "validation.number" }).int({ error: "validation.wholeNumber" }).min(0, { error: "validation.notNegative" }).max(max, { error: "validation.tooBig" }),
  );

/** A count the form may leave blank: blank is "not recorded" (null), which is not zero. */
export const optionalWholeNumber = (max = 1_000_000_000) =>
  z.preprocess(
    (v) => (v === "" || v === undefined || v === null ? null : typeof v === "string" ? Number(v.trim()) : v),
    z.number({ error: "validation.number" }).int({ error: "validation.wholeNumber" }).min(0, { error: "validation.notNegative" }).max(max, { error: "validation.tooBig" }).nullable(),
  );

export const checkbox = () => z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());

/** Lower-cased text of the parts, for one search column that behaves alike on both databases. */
export function searchTextOf(...parts: (string | null | undefined)[]) {
  return parts.filter(Boolean).join(" ").toLowerCase();
}
