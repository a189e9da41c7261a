// A list's pairing filter: the first choices and the chosen one in the page, the rest found by
// searching the server (/api/choices/pairings), so a province's list page stays small.
import { ServerSearchSelect } from "@/components/ui/server-search-select";
import type { CurrentUser } from "@/server/current-user";
import { db } from "@/server/db";
import { PAIRING_SEARCH_LIMIT, pairingChoice, searchPairingChoices } from "../queries";

export async function PairingFilter({ user, label, value, className }: { user: CurrentUser; label: string; value?: number; className?: string }) {
  const [initial, selected] = await Promise.all([searchPairingChoices(db, user, ""), pairingChoice(db, user, value)]);
  return <ServerSearchSelect label={label} name="pairing" endpoint="/api/choices/pairings" initial={initial} limit={PAIRING_SEARCH_LIMIT} selected={selected} className={className} />;
}
