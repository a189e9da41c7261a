// Redirects visitors without a session to the login page, and answers a record page whose id names
// no record (1.5, 1e20, abc) with a 404. This is navigation only, never the security check: every
// page, action and route handler checks the session, the role and the row itself.
// It also gives every page its Content-Security-Policy with a fresh nonce (security-headers.ts),
// and HSTS when the site is served over HTTPS.
import { getToken } from "next-auth/jwt";
import { type NextRequest, NextResponse } from "next/server";
import { parseId } from "@/domain/ids";
import { MAX_REQUEST_BYTES } from "@/features/attachments/rules";
import { malformedPercentEncoding, nestedDeeperThan } from "@/lib/hostile-input";
import { env } from "@/server/env";
import { contentSecurityPolicy, HSTS_HEADER, newNonce } from "@/server/security-headers";

const PUBLIC_PATHS = ["/login", "/api/auth", "/api/health"];

// The record pages stream behind a loading skeleton, so a page's own notFound() (which it still
// calls) comes after a 200 has been sent; only here can a malformed id still get its 404 status.
const RECORD_PAGE = /^(?:\/print)?\/(?:activities|pledges|pairings|units|villages|townships|users|indicators)\/([^/]+)(?:\/edit)?\/?$/;

/** A page request (not a server action, which Next.js may forward to "/pairings/[id]/edit" itself) for a malformed id. */
function malformedRecordId(request: NextRequest): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  const segment = RECORD_PAGE.exec(request.nextUrl.pathname)?.[1];
  return segment !== undefined && segment !== "new" && parseId(segment) === undefined;
}

function servedOverHttps(request: NextRequest): boolean {
  return request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto")?.split(",")[0].trim() === "https";
}

export async function proxy(request: NextRequest) {
  const nonce = newNonce();
  const https = servedOverHttps(request);
  const csp = contentSecurityPolicy(nonce, { https, development: env().NODE_ENV === "development" });
  // Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = await route(request, headers);
  response.headers.set("Content-Security-Policy", csp);
  if (https) response.headers.set(HSTS_HEADER.key, HSTS_HEADER.value);
  return response;
}

/** What Next.js would answer with a 500, answered here with a 400 (or 413): see lib/hostile-input.ts. */
async function refusedInput(request: NextRequest): Promise<NextResponse | undefined> {
  if (malformedPercentEncoding(request.nextUrl.pathname)) return new NextResponse("Bad Request: malformed URL", { status: 400 });
  if (request.method !== "POST" || !request.headers.has("next-action")) return undefined;
  if (Number(request.headers.get("content-length") ?? 0) > MAX_REQUEST_BYTES) return new NextResponse("Payload Too Large", { status: 413 });
  const multipart = request.headers.get("content-type")?.startsWith("multipart/form-data") ?? false;
  // The action's arguments arrive as JSON text, or as the text parts of a form (files are not read).
  const texts = multipart
    ? [...(await request.clone().formData()).values()].filter((v): v is string => typeof v === "string")
    : [await request.clone().text()];
  return texts.some((t) => nestedDeeperThan(t)) ? new NextResponse("Bad Request: body nested too deeply", { status: 400 }) : undefined;
}

async function route(request: NextRequest, headers: Headers): Promise<NextResponse> {
  const refused = await refusedInput(request).catch(() => new NextResponse("Bad Request", { status: 400 }));
  if (refused) return refused;
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`))) return NextResponse.next({ request: { headers } });
  const token = await getToken({ req: request, secret: env().NEXTAUTH_SECRET });
  if (token) {
    return malformedRecordId(request)
      ? NextResponse.rewrite(new URL("/_not-found", request.url), { request: { headers } })
      : NextResponse.next({ request: { headers } });
  }
  if (pathname.startsWith("/api/")) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
  const login = new URL("/login", request.url);
  if (pathname !== "/") login.searchParams.set("callbackUrl", pathname + search);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|ico)$).*)"],
};
