// Not recorded is not zero: an optional count left blank is stored as null and shown as such.

/** A count as a message argument: a blank one is "none", which the messages word as 未填写 / not recorded. */
export function countArg(count: number | null): number | "none" {
  return count ?? "none";
}
