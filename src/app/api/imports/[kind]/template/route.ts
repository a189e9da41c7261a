// A kind's import template (.xlsx), for those who may import it.
import { templateResponse } from "@/features/imports/http";

export async function GET(_request: Request, { params }: { params: Promise<{ kind: string }> }) {
  return templateResponse((await params).kind);
}
