// The pairings the inspection form's search and "add a township" offer (features/supervision/choices-http.ts).
import { inspectionPairingChoicesResponse } from "@/features/supervision/choices-http";

export async function GET(request: Request) {
  return inspectionPairingChoicesResponse(request);
}
