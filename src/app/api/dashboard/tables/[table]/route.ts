// A dashboard table, loaded when the reader opens it (features/dashboard/tables/http.ts).
import { dashboardTableResponse } from "@/features/dashboard/tables/http";

export async function GET(request: Request, { params }: { params: Promise<{ table: string }> }) {
  return dashboardTableResponse(request, (await params).table);
}
