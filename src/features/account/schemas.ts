import { z } from "zod";

export const PASSWORD_MIN_LENGTH = 8;

// Passwords are taken as typed: no trimming (a space may be part of one).
export const ChangePasswordInput = z
  .object({
    currentPassword: z.string({ error: "validation.required" }).min(1, { error: "validation.required" }).max(200, { error: "validation.tooLong" }),
    newPassword: z
      .string({ error: "validation.required" })
      .min(PASSWORD_MIN_LENGTH, { error: "users.account.validation.tooShort" })
      .max(200, { error: "validation.tooLong" }),
    confirmPassword: z.string({ error: "validation.required" }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { error: "users.account.validation.mismatch", path: ["confirmPassword"] });
