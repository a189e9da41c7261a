import "server-only";
// GET /api/choices/pairings?q=…[&for=record] — the pairings a search box offers, a few at a time:
// a list filter those the signed-in reader may see (a liaison's unit's, a village's own); a record
// form (for=record) the active ones they may record work for. Anyone else: 404.
import { z } from "zod";
import { db } from "@/server/db";
import { can } from "@/server/permissions";
import { getCurrentUser } from "@/server/session";
import { searchPairingChoices } from "./queries";

const ChoiceQuery = z.object({ q: z.string().trim().max(64).default(""), for: z.enum(["read", "record"]).default("read") });

export async function pairingChoicesResponse(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  const params = new URL(request.url).searchParams;
  const query = ChoiceQuery.safeParse({ q: params.get("q") ?? undefined, for: params.get("for") ?? undefined });
  if (!user || !can(user.role, "pairings.read")) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  if (!query.success) return new Response(null, { status: 400 });
  const choices = await searchPairingChoices(db, user, query.data.q, query.data.for);
  return Response.json(choices, { headers: { "Cache-Control": "private, no-store" } });
}
