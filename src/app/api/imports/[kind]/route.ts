// An import upload: preview, commit (on the one mutation path) or the rejected rows as a sheet.
import { uploadResponse } from "@/features/imports/http";

export async function POST(request: Request, { params }: { params: Promise<{ kind: string }> }) {
  return uploadResponse(request, (await params).kind);
}
