import "server-only";
// The supervision forms' pickers ask the server rather than carry a province's pairings:
//   GET /api/choices/inspection-pairings?q=…   the pairings an inspection may cover matching what was typed
//   GET /api/choices/inspection-pairings?township=…   all of one township's
//   GET /api/choices/contact-points?q=…   the pairings a contact leader may be given, with leader and version
// Only for whoever records supervision (an ADMIN), and only the pairings they write (their own
// region's active ones); anyone else: 404. The actions check the pairings again on saving.
import { z } from "zod";
import { optionalRecordId } from "@/domain/ids";
import type { CurrentUser } from "@/server/current-user";
import { db } from "@/server/db";
import { can } from "@/server/permissions";
import { getCurrentUser } from "@/server/session";
import { searchPairingChoices, townshipPairingChoices } from "@/features/pairings";
import { contactPointChoices } from "./queries-visits";

const ChoiceQuery = z.object({ q: z.string().trim().max(64).default(""), township: optionalRecordId() });
type ChoiceQuery = z.output<typeof ChoiceQuery>;

async function choicesResponse(request: Request, choicesOf: (user: CurrentUser, query: ChoiceQuery) => Promise<unknown[]>): Promise<Response> {
  const user = await getCurrentUser();
  if (!user || !can(user.role, "supervision.write")) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  const params = new URL(request.url).searchParams;
  const query = ChoiceQuery.safeParse({ q: params.get("q") ?? undefined, township: params.get("township") ?? undefined });
  if (!query.success) return new Response(null, { status: 400 });
  return Response.json(await choicesOf(user, query.data), { headers: { "Cache-Control": "private, no-store" } });
}

export function inspectionPairingChoicesResponse(request: Request) {
  return choicesResponse(request, (user, { q, township }) =>
    township === undefined ? searchPairingChoices(db, user, q, "record") : townshipPairingChoices(db, user, township),
  );
}

export function contactPointChoicesResponse(request: Request) {
  return choicesResponse(request, (user, { q }) => contactPointChoices(db, user, q));
}
