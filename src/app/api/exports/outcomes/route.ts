// The dashboard's outcome table as the report's table (.xlsx), for the dashboard's own filter.
import { outcomesResponse } from "@/features/exports/http";

export async function GET(request: Request) {
  return outcomesResponse(request);
}
