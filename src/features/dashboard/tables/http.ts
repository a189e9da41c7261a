import "server-only";
// GET /api/dashboard/tables/<table>?campaign=…&from=…&to=…[&region=…][&township=…] — a dashboard
// table the reader opened, as data (table-data.ts). The query is the one the dashboard's links carry
// (links.ts) and is read exactly as the page reads its own (loadDashboardContext: the reader's row
// scope, campaign, period, region, township). A region or township the reader does not see is
// refused rather than quietly widened; so is anyone without the dashboard. Reads only: no audit.
import { z } from "zod";
import { can } from "@/server/permissions";
import { getCurrentUser } from "@/server/session";
import { loadDashboardContext, loadFigure } from "../context";
import { pairHealthFigure } from "../queries/pair-health";
import { monthlyTable, pledgesTable, townshipsTable } from "./chart-tables";
import { healthTable } from "./health-table";
import { rollupTable } from "./rollup-table";
import { LAZY_TABLES, type LazyTableName, type TableData } from "./table-data";
import { readerWords, type Words } from "./words";
import type { DashboardContext } from "../context";

/** How many of the worst pairings the dashboard's table shows; the full list is its own page. */
export const HEALTH_TOP = 10;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const id = z.string().regex(/^[1-9]\d{0,9}$/);
const TableQuery = z
  .object({
    table: z.enum(LAZY_TABLES),
    campaign: z.union([id, z.literal("all")]),
    from: day,
    to: day,
    region: id.optional(),
    township: id.optional(),
  })
  .strict();

const BUILDERS: Record<LazyTableName, (context: DashboardContext, words: Words) => Promise<TableData | null>> = {
  monthly: (c, w) => monthlyTable(c.filter, w),
  pledges: (c, w) => pledgesTable(c.filter, w),
  townships: (c, w) => townshipsTable(c.filter, w),
  health: async (c, w) => healthTable((await loadFigure(pairHealthFigure, c.filter, c.today)).slice(0, HEALTH_TOP), c.filter, w),
  rollup: rollupTable,
};

const refused = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

export async function dashboardTableResponse(request: Request, table: string): Promise<Response> {
  const user = await getCurrentUser();
  if (!user || !can(user.role, "dashboard.read")) return refused();
  const query = TableQuery.safeParse({ ...Object.fromEntries(new URL(request.url).searchParams), table });
  if (!query.success) return new Response("Bad request", { status: 400, headers: { "Cache-Control": "no-store" } });
  const { region, township } = query.data;
  const context = await loadDashboardContext(user, { campaign: query.data.campaign, from: query.data.from, to: query.data.to, region, township });
  // The page shows the reader's own region for one outside it, and every township for one not
  // theirs; a table asked for such a view is refused instead.
  const regionRefused = region !== undefined && context.regionTrail.length > 0 && context.region?.id !== Number(region);
  const townshipRefused = township !== undefined && context.filter.townshipId !== Number(township);
  if (regionRefused || townshipRefused) return refused();
  const data = await BUILDERS[query.data.table](context, await readerWords());
  return Response.json(data, { headers: { "Cache-Control": "private, no-store" } });
}
