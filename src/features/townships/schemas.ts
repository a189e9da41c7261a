import { z } from "zod";
import { editedVersion } from "@/server/versioned-update";
import { recordId } from "@/domain/ids";
import { requiredText, wholeNumber } from "@/lib/form-fields";

export const TownshipInput = z.object({
  name: requiredText(50),
  // Where the township appears in lists and reports (smaller first).
  sortOrder: wholeNumber(10_000),
});

export const TownshipUpdateInput = TownshipInput.extend({ id: recordId(), version: editedVersion() });

export const TownshipIdInput = z.object({ id: recordId() });

export type TownshipInput = z.output<typeof TownshipInput>;
