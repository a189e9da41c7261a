// A list's export (.xlsx or .csv): the same filters, order and scope as the list page.
import { exportResponse } from "@/features/exports/http";

export async function GET(request: Request, { params }: { params: Promise<{ list: string }> }) {
  return exportResponse(request, (await params).list);
}
