// A pairing's ledger (共建工作台帐) as one workbook, for a reader who may see the pairing.
import { parseId } from "@/domain/ids";
import { ledgerResponse } from "@/features/exports/http";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return ledgerResponse(parseId((await params).id));
}
