import { type Browser, expect, type Page, test } from "@playwright/test";
import { storageStatePath } from "./accounts";
import { callAction, captureActionId } from "./server-action";

/** 铁力市 as the region picker shows it: indented by depth under 黑龙江省 and 伊春市. */
const REGION_TIELI = "\u3000\u3000铁力市";

async function login(browser: Browser, username: string, password: string) {
  // A clean browser: contexts otherwise inherit the spec's signed-in storage state.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  return { context, page };
}

/** An administrator-set password must be replaced at the first sign-in, before any other page. */
async function changeForcedPassword(page: Page, current: string, next: string) {
  await expect(page).toHaveURL(/\/change-password$/);
  await expect(page.getByRole("heading", { name: "请先修改密码" })).toBeVisible();
  await page.getByLabel("当前密码").fill(current);
  await page.locator('input[name="newPassword"]').fill(next);
  await page.getByLabel("再次输入新密码").fill(next);
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
}

async function expectSignedOut(page: Page) {
  await page.goto("/pairings");
  await expect(page).toHaveURL(/\/login/);
}

test.describe("user administration", () => {
  // Accounts are the system administrator's (三员分立).
  test.use({ storageState: storageStatePath("sysadmin") });

  test("lists the accounts with role and status filters", async ({ page }) => {
    await page.goto("/users");
    await expect(page.locator("tbody tr", { hasText: "liaison2" })).toContainText("市水务局");
    await page.getByLabel("角色").selectOption({ label: "单位联络员" });
    await page.getByRole("button", { name: "查询" }).click();
    await expect(page).toHaveURL(/role=LIAISON/);
    await expect(page.locator("tbody tr", { hasText: "admin" })).toHaveCount(0);
    const roles = await page.locator("tbody tr td:nth-child(3)").allTextContents();
    expect(new Set(roles)).toEqual(new Set(["单位联络员"]));
    await page.screenshot({ path: test.info().outputPath("users-list.png") });
  });

  test("a new liaison: scope required, password shown once, then reset, deactivated and reactivated", async ({ page, browser }) => {
    await page.goto("/users/new");
    await page.getByLabel("用户名").fill("Bad Name");
    await page.getByLabel("姓名").fill("孙丽娟");
    await page.getByLabel("角色").selectOption({ label: "单位联络员" });
    await page.getByRole("button", { name: "创建用户" }).click();
    await expect(page.getByText("用户名须为 3–32 位小写字母、数字或 . _ -，并以字母或数字开头。")).toBeVisible();
    await expect(page.getByText("单位联络员必须选择所属单位。")).toBeVisible();
    await expect(page.getByLabel("姓名")).toHaveValue("孙丽娟");

    await page.getByLabel("用户名").fill("sunlj");
    await page.getByLabel("所属单位").selectOption({ label: "市审计局" });
    await page.getByRole("button", { name: "创建用户" }).click();
    const first = (await page.getByTestId("one-time-password").textContent())?.trim() ?? "";
    expect(first).toMatch(/^[A-Za-z0-9]{12}$/);
    await page.screenshot({ path: test.info().outputPath("user-created.png") });
    await page.getByRole("link", { name: "查看该用户" }).click();
    await expect(page.getByRole("heading", { name: "孙丽娟" })).toBeVisible();
    // Shown once: the user's page does not show it again.
    await expect(page.getByText(first)).toHaveCount(0);

    const liaison = await login(browser, "sunlj", first);
    await changeForcedPassword(liaison.page, first, "Shenji-2026");
    await expect(liaison.page.getByTestId("current-user")).toContainText("孙丽娟");
    await liaison.page.goto("/pairings");
    await expect(liaison.page.getByRole("heading", { name: "我的结对" })).toBeVisible();
    await expect(liaison.page.getByTestId("pairing-cards")).toContainText("市审计局");

    await page.getByRole("button", { name: "重置密码" }).click();
    await page.getByRole("dialog", { name: "重置密码" }).getByTestId("confirm-action").click();
    const second = (await page.getByTestId("one-time-password").textContent())?.trim() ?? "";
    expect(second).not.toBe(first);
    // The reset ends the liaison's open session at the next request.
    await expectSignedOut(liaison.page);
    await liaison.context.close();

    // A reset password is administrator-set too: changed at the next sign-in.
    const again = await login(browser, "sunlj", second);
    await changeForcedPassword(again.page, second, "Shenji-2027");
    await expect(again.page.getByTestId("current-user")).toContainText("孙丽娟");

    await page.reload();
    await page.getByRole("button", { name: "停用账号" }).click();
    await page.getByRole("dialog", { name: "停用账号" }).getByTestId("confirm-action").click();
    await expect(page.getByText("已停用")).toBeVisible();
    await expectSignedOut(again.page);
    const refused = await login(browser, "sunlj", "Shenji-2027");
    await expect(refused.page.getByTestId("alert-error")).toHaveText("用户名或密码不正确，或账号已停用。");
    await refused.context.close();

    await page.getByRole("button", { name: "恢复账号" }).click();
    await page.getByRole("dialog", { name: "恢复账号" }).getByTestId("confirm-action").click();
    await expect(page.getByText("在用", { exact: true })).toBeVisible();
    await again.page.goto("/login");
    await again.page.getByLabel("用户名").fill("sunlj");
    await again.page.getByLabel("密码").fill("Shenji-2027");
    await again.page.getByRole("button", { name: "登录" }).click();
    await expect(again.page.getByTestId("current-user")).toContainText("孙丽娟");
    await again.context.close();
  });

  test("an administrator cannot deactivate themself, even by calling the action", async ({ page }) => {
    await page.goto("/users?q=sysadmin");
    await page.getByRole("link", { name: "sysadmin", exact: true }).click();
    await expect(page).toHaveURL(/\/users\/\d+$/);
    const ownPath = new URL(page.url()).pathname;
    await expect(page.getByRole("button", { name: "停用账号" })).toHaveCount(0);
    await expect(page.getByText("这是您自己的账号")).toBeVisible();

    // The action id, from deactivating a throwaway account (the demo accounts keep their sessions).
    await page.goto("/users/new");
    await page.getByLabel("用户名").fill("temp-leader");
    await page.getByLabel("姓名").fill("临时账号");
    await page.getByLabel("角色").selectOption({ label: "市领导" });
    await page.getByLabel("所属地区").selectOption({ label: REGION_TIELI });
    await page.getByRole("button", { name: "创建用户" }).click();
    await page.getByRole("link", { name: "查看该用户" }).click();
    await page.getByRole("button", { name: "停用账号" }).click();
    const deactivateId = await captureActionId(page, () => page.getByRole("dialog", { name: "停用账号" }).getByTestId("confirm-action").click());
    await expect(page.getByText("已停用")).toBeVisible();

    const self = await callAction(page.request, ownPath, deactivateId, [{ id: Number(ownPath.split("/").pop()) }]);
    expect(self.body).toContain("不能停用自己的账号。");
    await page.goto("/");
    await expect(page.getByTestId("current-user")).toContainText("系统管理员");
  });

  test("other roles may not open user administration nor call its actions", async ({ page, browser }) => {
    await page.goto("/users/new");
    const createId = await captureActionId(page, () => page.getByRole("button", { name: "创建用户" }).click());
    for (const username of ["admin", "auditor", "leader", "liaison", "village"] as const) {
      const context = await browser.newContext({ storageState: storageStatePath(username) });
      const other = await context.newPage();
      await other.goto("/users");
      await expect(other.getByTestId("forbidden")).toBeVisible();
      const result = await callAction(context.request, "/users/new", createId, [{ username: `sneak-${username}`, displayName: "越权", role: "ADMIN" }]);
      expect(result.body).toContain("您没有权限进行此操作。");
      await context.close();
    }
    await page.goto("/users?q=sneak");
    await expect(page.getByTestId("empty-state")).toBeVisible();
  });
});

test.describe("my account", () => {
  test("a new user must change the administrator's password first, stays signed in, and only the new password works", async ({ browser }) => {
    // Three browsers sign in (the administrator, the user, the user's other device): more than one test's time.
    test.setTimeout(150_000);
    // A fresh account, so the demo accounts' passwords stay as the other specs expect.
    const admin = await browser.newContext({ storageState: storageStatePath("sysadmin") });
    const adminPage = await admin.newPage();
    await adminPage.goto("/users/new");
    await adminPage.getByLabel("用户名").fill("wangjg2");
    await adminPage.getByLabel("姓名").fill("王建国二");
    await adminPage.getByLabel("角色").selectOption({ label: "市领导" });
    await adminPage.getByLabel("所属地区").selectOption({ label: REGION_TIELI });
    await adminPage.getByRole("button", { name: "创建用户" }).click();
    const initial = (await adminPage.getByTestId("one-time-password").textContent())?.trim() ?? "";
    await admin.close();

    const { context, page } = await login(browser, "wangjg2", initial);
    const otherDevice = await login(browser, "wangjg2", initial);
    // Every page leads to the password change until it is done.
    for (const path of ["/", "/account", "/pairings"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/change-password$/);
    }
    await expect(page.getByRole("heading", { name: "请先修改密码" })).toBeVisible();
    await page.getByLabel("当前密码").fill("wrong-password");
    await page.locator('input[name="newPassword"]').fill("short");
    await page.getByLabel("再次输入新密码").fill("different");
    await page.getByRole("button", { name: "修改密码" }).click();
    await expect(page.getByText("新密码至少 8 位。")).toBeVisible();
    await expect(page.getByText("两次输入的新密码不一致。")).toBeVisible();

    await page.locator('input[name="newPassword"]').fill("tieli2011");
    await page.getByLabel("再次输入新密码").fill("tieli2011");
    await page.getByRole("button", { name: "修改密码" }).click();
    await expect(page.getByText("新密码须包含大写字母、小写字母、数字、其他符号中的至少三类。")).toBeVisible();

    await page.locator('input[name="newPassword"]').fill("Tieli-2011");
    await page.getByLabel("再次输入新密码").fill("Tieli-2011");
    await page.getByRole("button", { name: "修改密码" }).click();
    await expect(page.getByText("当前密码不正确。")).toBeVisible();

    await page.getByLabel("当前密码").fill(initial);
    await page.getByRole("button", { name: "修改密码" }).click();
    // Done: the user goes on to the home page.
    await expect(page.getByTestId("current-user")).toContainText("王建国二");
    await page.screenshot({ path: test.info().outputPath("account-changed.png") });
    // This browser stays signed in; the other device's session has ended.
    await page.goto("/pairings");
    await expect(page.getByRole("heading", { name: "结对共建" })).toBeVisible();
    await expectSignedOut(otherDevice.page);
    await otherDevice.context.close();
    await context.close();

    const old = await login(browser, "wangjg2", initial);
    await expect(old.page.getByTestId("alert-error")).toBeVisible();
    await old.context.close();
    const fresh = await login(browser, "wangjg2", "Tieli-2011");
    await expect(fresh.page.getByTestId("current-user")).toContainText("王建国二");
    await fresh.context.close();
  });
});
