// zod building blocks for HTML form input: strings arrive trimmed or empty, numbers as text,
// checkboxes as "on" or absent. Errors are message keys ("validation.*") translated for the user.
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

export const checkbox = () => z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());

export const recordId = () => z.coerce.number({ error: "validation.invalid" }).int().positive({ error: "validation.invalid" });

export const optionalRecordId = () =>
  z.preprocess((v) => (v === "" || v === undefined || v === null ? undefined : v), z.coerce.number().int().positive().optional());

/** A calendar day "YYYY-MM-DD" as a Date at midnight Asia/Shanghai. */
export const calendarDay = () =>
  z
    .string({ error: "validation.required" })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "validation.date" })
    .transform((v) => new Date(`${v}T00:00:00+08:00`))
    .refine((d) => !Number.isNaN(d.getTime()), { error: "validation.date" });

export const optionalCalendarDay = () =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), calendarDay().optional());

/** Lower-cased text of the parts, for one search column that behaves alike on both databases. */
export function searchTextOf(...parts: (string | null | undefined)[]) {
  return parts.filter(Boolean).join(" ").toLowerCase();
}

/** A required choice from a select box (an id); empty or missing reads "choose one from the list". */
export const chosenRecordId = () =>
  z.coerce.number({ error: "validation.choose" }).int({ error: "validation.choose" }).positive({ error: "validation.choose" });
