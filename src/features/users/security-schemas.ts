import { z } from "zod";
import { recordId } from "@/domain/ids";

/** A LoginThrottle key: "user:<username>" or "ip:<address>" (src/server/login-throttle.ts). */
export const UnlockInput = z.object({ key: z.string().max(300).regex(/^(user|ip):./, { error: "validation.invalid" }) });

/** One open session of a user, by its handle (src/server/user-sessions.ts: sessionHandle). */
export const EndSessionInput = z.object({ userId: recordId(), handle: z.string().regex(/^[\w-]{16}$/, { error: "validation.invalid" }) });
