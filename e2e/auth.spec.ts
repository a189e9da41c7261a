import { expect, test } from "@playwright/test";
import { storageStatePath } from "./accounts";

test.describe("signing in", () => {
  test("a visitor is sent to the login page, in Chinese", async ({ page }) => {
    await page.goto("/units");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Funits/);
    await expect(page.getByRole("heading", { name: "登录" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  });

  test("a wrong password is refused with a Chinese message", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("用户名").fill("admin");
    await page.getByLabel("密码").fill("wrong-password");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByTestId("alert-error")).toHaveText("用户名或密码不正确，或账号已停用。");
    await expect(page).toHaveURL(/\/login/);
  });

  test("after login the user returns to the page they asked for, and can log out", async ({ page }) => {
    await page.goto("/units");
    await page.getByLabel("用户名").fill("leader");
    await page.getByLabel("密码").fill("demo1234");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page).toHaveURL(/\/units$/);
    await expect(page.getByTestId("current-user")).toContainText("市领导");
    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/units");
    await expect(page).toHaveURL(/\/login/);
  });
});

const roles = [
  // 三员分立: the organization department does the campaign's work, not accounts or the audit log.
  { username: "admin", role: "组织部", sees: ["共建单位", "数据看板", "年度考核"], hidden: ["用户管理", "操作日志"] },
  { username: "sysadmin", role: "系统管理员", sees: ["用户管理"], hidden: ["共建单位", "操作日志"] },
  { username: "auditor", role: "审计管理员", sees: ["操作日志"], hidden: ["共建单位", "用户管理"] },
  { username: "leader", role: "市领导", sees: ["数据看板", "共建单位", "年度考核"], hidden: ["用户管理", "操作日志"] },
  { username: "liaison", role: "单位联络员", sees: ["共建活动", "承诺事项"], hidden: ["用户管理", "民主测评"] },
  { username: "village", role: "村党支部书记", sees: ["结对共建", "共建活动"], hidden: ["共建单位", "用户管理"] },
] as const;

for (const account of roles) {
  test.describe(`as ${account.username}`, () => {
    test.use({ storageState: storageStatePath(account.username) });

    test("the shell shows the role and the areas it may use", async ({ page }) => {
      await page.goto("/");
      await expect(page.getByTestId("current-user")).toContainText(account.role);
      const nav = page.getByRole("navigation", { name: "主导航" });
      for (const label of account.sees) await expect(nav.getByRole("link", { name: label })).toBeVisible();
      for (const label of account.hidden) await expect(nav.getByRole("link", { name: label })).toHaveCount(0);
    });
  });
}

test.describe("language", () => {
  test.use({ storageState: storageStatePath("leader") });

  test("switching to English is remembered across pages", async ({ page }) => {
    await page.goto("/units");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { name: "Units" })).toBeVisible();
    await page.goto("/");
    await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("button", { name: "中文" }).click();
    await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
  });
});

test("the health endpoint answers once the database is up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "up" });
});
