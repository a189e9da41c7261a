// Where the login page may send a user once signed in: a path of this site, never another site.
// Browsers read "/\evil.example", "/\t/evil.example" and "//evil.example" as another host, so the
// address is parsed with the URL API against a placeholder origin and kept only if that origin stays.
const PLACEHOLDER_ORIGIN = "http://gongjian.invalid";

/** The same-origin path (with query and fragment) `value` names, or "/" for anything else. */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/")) return "/";
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return "/";
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return "/";
  // The login page itself would only send the user round in a circle.
  if (url.pathname === "/login") return "/";
  return url.pathname + url.search + url.hash;
}
