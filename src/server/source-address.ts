// The address a sign-in came from, for throttling per source. Next.js puts the connection's own
// address in X-Forwarded-For when the request carries none; behind a reverse proxy, the proxy
// appends the address it saw, so the last entry is the one no client can choose (configure the
// proxy to set the header, e.g. nginx `proxy_set_header X-Forwarded-For $remote_addr`).
type Headers = Record<string, unknown> | Headers_ | undefined;
type Headers_ = { get(name: string): string | null };

export function sourceAddress(headers: Headers): string {
  const raw = headers && typeof (headers as Headers_).get === "function" ? (headers as Headers_).get("x-forwarded-for") : (headers as Record<string, unknown> | undefined)?.["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw.join(",") : typeof raw === "string" ? raw : "";
  const last = value.split(",").map((part) => part.trim()).filter(Boolean).at(-1);
  return last ? last.slice(0, 64) : "unknown";
}
