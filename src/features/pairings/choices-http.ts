import "server-only";
// GET /api/choices/pairings?q=… — the pairings a list filter's search box offers: only those the
// signed-in reader may see (a liaison's unit's, a village's own), a few at a time. Anyone else: 404.
import { z } from "zod";
import { db } from "@/server/db";
import { can } from "@/server/permissions";
import { getCurrentUser } from "@/server/session";
import { searchPairingChoices } from "./queries";

const ChoiceQuery = z.object({ q: z.string().trim().max(64).default("") });

export async function pairingChoicesResponse(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  const query = ChoiceQuery.safeParse({ q: new URL(request.url).searchParams.get("q") ?? undefined });
  if (!user || !can(user.role, "pairings.read")) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  if (!query.success) return new Response(null, { status: 400 });
  const choices = await searchPairingChoices(db, user, query.data.q);
  return Response.json(choices, { headers: { "Cache-Control": "private, no-store" } });
}
