// What an attacker from outside tries over HTTP: a crafted return address after login, framing,
// missing security headers, hostile paths and bodies, an upload at the size limit.
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./accounts";

test.describe("the return address after login", () => {
  for (const hostile of ["/\\evil.example", "/\t/evil.example", "//evil.example", "/\\/evil.example/units"]) {
    test(`${JSON.stringify(hostile)} never leaves the site`, async ({ page }) => {
      await page.goto(`/login?callbackUrl=${encodeURIComponent(hostile)}`);
      await page.getByLabel("用户名").fill("leader");
      await page.getByLabel("密码").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "登录" }).click();
      await expect(page.getByTestId("current-user")).toBeVisible();
      expect(new URL(page.url()).host).not.toContain("evil");
      expect(new URL(page.url()).pathname).toBe("/");
    });
  }
});
