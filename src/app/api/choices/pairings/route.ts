// The pairings a list filter's search box offers (features/pairings/choices-http.ts).
import { pairingChoicesResponse } from "@/features/pairings/choices-http";

export async function GET(request: Request) {
  return pairingChoicesResponse(request);
}
