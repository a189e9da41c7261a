import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from "@/domain/password-policy";

export { PASSWORD_MIN_LENGTH } from "@/domain/password-policy";

// Passwords are taken as typed: no trimming (a space may be part of one). The username rule needs
// the user, so the action checks the whole policy again (mutations.ts).
export const ChangePasswordInput = z
  .object({
    currentPassword: z.string({ error: "validation.required" }).min(1, { error: "validation.required" }).max(200, { error: "validation.tooLong" }),
    newPassword: z
      .string({ error: "validation.required" })
      .min(PASSWORD_MIN_LENGTH, { error: "users.account.validation.tooShort" })
      .max(PASSWORD_MAX_LENGTH, { error: "validation.tooLong" })
      .superRefine((value, ctx) => {
        const problem = passwordProblem(value, "");
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      }),
    confirmPassword: z.string({ error: "validation.required" }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { error: "users.account.validation.mismatch", path: ["confirmPassword"] });
