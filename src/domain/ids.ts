// Record ids a user puts in a URL or a form sends back. One rule for all of them: digits only, a
// positive integer of at most 10 digits that the database's integer ids can hold (2,147,483,647:
// PostgreSQL refuses a larger one with an error). Anything else names no record: a page answers
// 404, a list filter is ignored, a form says "invalid".
import { z } from "zod";
import { first, type SearchParams } from "@/lib/list-params";

/** The largest id an `Int` column holds (PostgreSQL's int4). */
const MAX_ID = 2_147_483_647;

/** The id if `value` is a plain positive integer id ("42", or the number 42), else undefined. */
export function parseId(value: unknown): number | undefined {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
  if (!/^[1-9][0-9]{0,9}$/.test(text)) return undefined;
  const id = Number(text);
  return id <= MAX_ID ? id : undefined;
}

/** An id filter from the query string (`key=ID`), or undefined when absent or not an id. */
export function idParam(params: SearchParams, key: string): number | undefined {
  return parseId(first(params[key]));
}

const idSchema = (error: string) =>
  z.unknown().transform((value, ctx) => {
    const id = parseId(value);
    if (id !== undefined) return id;
    ctx.addIssue({ code: "custom", message: error });
    return z.NEVER;
  });

/** The id of the record a form acts on (a hidden field). */
export const recordId = () => idSchema("validation.invalid");

/** A required choice from a select box (an id); empty or missing reads "choose one from the list". */
export const chosenRecordId = () => idSchema("validation.choose");

/** An optional choice: empty means none. */
export const optionalRecordId = () => z.preprocess((v) => (v === "" || v === undefined || v === null ? undefined : v), recordId().optional());
