import { describe, expect, it } from "vitest";
import { passwordChangeDue, passwordProblem } from "@/domain/password-policy";

describe("the password rules", () => {
  it("want 8 characters of three kinds, without the username", () => {
    expect(passwordProblem("Gongjian-2026", "zhang")).toBeUndefined();
    expect(passwordProblem("Ab1!", "zhang")).toBe("users.account.validation.tooShort");
    expect(passwordProblem("abcdefgh1", "zhang")).toBe("users.account.validation.classes");
    expect(passwordProblem("x".repeat(201), "zhang")).toBe("validation.tooLong");
    expect(passwordProblem("Zhang-1234", "zhang")).toBe("users.account.validation.containsUsername");
  });

  it("make a change due for an administrator-set password, or an old one when ageing is on", () => {
    const now = new Date("2026-11-28T00:00:00Z");
    const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
    expect(passwordChangeDue({ mustChangePassword: true, passwordChangedAt: now, createdAt: now }, 0, now)).toBe(true);
    expect(passwordChangeDue({ mustChangePassword: false, passwordChangedAt: daysAgo(91), createdAt: daysAgo(400) }, 90, now)).toBe(true);
    expect(passwordChangeDue({ mustChangePassword: false, passwordChangedAt: daysAgo(89), createdAt: daysAgo(400) }, 90, now)).toBe(false);
    expect(passwordChangeDue({ mustChangePassword: false, passwordChangedAt: null, createdAt: daysAgo(100) }, 90, now)).toBe(true);
    expect(passwordChangeDue({ mustChangePassword: false, passwordChangedAt: daysAgo(1000), createdAt: daysAgo(1000) }, 0, now)).toBe(false);
  });
});
