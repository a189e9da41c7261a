// Redirects visitors without a session to the login page, and answers a record page whose id names
// no record (1.5, 1e20, abc) with a 404. This is navigation only, never the security check: every
// page, action and route handler checks the session, the role and the row itself.
import { getToken } from "next-auth/jwt";
import { type NextRequest, NextResponse } from "next/server";
import { parseId } from "@/domain/ids";
import { env } from "@/server/env";

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

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`))) return NextResponse.next();
  const token = await getToken({ req: request, secret: env().NEXTAUTH_SECRET });
  if (token) return malformedRecordId(request) ? NextResponse.rewrite(new URL("/_not-found", request.url)) : NextResponse.next();
  if (pathname.startsWith("/api/")) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
  const login = new URL("/login", request.url);
  if (pathname !== "/") login.searchParams.set("callbackUrl", pathname + search);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|ico)$).*)"],
};
