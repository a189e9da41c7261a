// The pairings the contact-point form's search offers (features/supervision/choices-http.ts).
import { contactPointChoicesResponse } from "@/features/supervision/choices-http";

export async function GET(request: Request) {
  return contactPointChoicesResponse(request);
}
