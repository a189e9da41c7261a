// What an attacker from outside tries over HTTP: a crafted return address after login, framing,
// missing security headers, hostile paths and bodies, an upload at the size limit.
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, storageStatePath } from "./accounts";
import { callAction, captureActionId } from "./server-action";

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

test.describe("sessions", () => {
  test("signing out ends the session on the server: the old cookie, replayed, opens nothing", async ({ browser, page }) => {
    await page.goto("/login");
    await page.getByLabel("用户名").fill("leader");
    await page.getByLabel("密码").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByTestId("current-user")).toBeVisible();
    const cookies = await page.context().cookies();
    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page).toHaveURL(/\/login/);

    const replay = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    await replay.addCookies(cookies);
    const stolen = await replay.newPage();
    await stolen.goto("/units");
    await expect(stolen).toHaveURL(/\/login/);
    await replay.close();
  });
});

test.describe("signing in", () => {
  test("five wrong passwords lock the account for a while, with a clear message", async ({ page }) => {
    // An account of its own (one that does not exist is throttled just the same).
    await page.goto("/login");
    for (let i = 0; i < 5; i++) {
      await page.getByLabel("用户名").fill("zhang.notreal");
      await page.getByLabel("密码").fill(`wrong-${i}`);
      await page.getByRole("button", { name: "登录" }).click();
      await expect(page.getByTestId("alert-error")).toHaveText("用户名或密码不正确，或账号已停用。");
    }
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByTestId("alert-error")).toHaveText("登录失败次数过多，该账号或本机地址已暂时锁定，请 15 分钟后再试。");
  });
});

test.describe("security headers", () => {
  test("every page has a CSP with a fresh nonce on each of its scripts, refuses framing, and sets the usual headers", async ({ request }) => {
    const first = await request.get("/login");
    const second = await request.get("/login");
    const csp = first.headers()["content-security-policy"];
    expect(csp).toContain("frame-ancestors 'none'");
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(second.headers()["content-security-policy"]).not.toContain(nonce);
    const scripts = (await first.text()).match(/<script[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    expect(first.headers()).toMatchObject({ "x-frame-options": "DENY", "x-content-type-options": "nosniff", "referrer-policy": "strict-origin-when-cross-origin" });
    expect(first.headers()["strict-transport-security"]).toBeUndefined();
    // Files and API answers carry nosniff too.
    expect((await request.get("/api/health")).headers()["x-content-type-options"]).toBe("nosniff");
  });

  test("HSTS is sent when the site is served over HTTPS (behind a proxy that says so)", async ({ request }) => {
    const response = await request.get("/login", { headers: { "X-Forwarded-Proto": "https" } });
    expect(response.headers()["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
    expect(response.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
  });

  test("a signed-in page runs its scripts under the policy (no CSP violations)", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStatePath("admin") });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto("/dashboard");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("button", { name: "中文" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    expect(violations).toEqual([]);
    await context.close();
  });
});

test.describe("hostile input", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("malformed percent-encoding in a path is a 400 or 404, never a 500", async ({ request }) => {
    for (const path of ["/api/attachments/%zz", "/api/attachments/%E0%A4%A", "/dashboard/sources/indicator/%E0", "/units/%zz", "/%", "/api/auth/%zz"]) {
      const status = (await request.get(path)).status();
      expect([400, 404], path).toContain(status);
    }
  });

  test("a server action body nested thousands deep is a 400, and the app still answers", async ({ page }) => {
    await page.goto("/account");
    const actionId = await captureActionId(page, () => page.getByRole("button", { name: "修改密码" }).click());
    for (const body of ["[".repeat(5000) + "]".repeat(5000), '[{"a":'.repeat(20000) + "1" + "}".repeat(20000) + "]"]) {
      const response = await page.request.post("/account", {
        headers: { "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
        data: body,
      });
      expect(response.status()).toBe(400);
    }
    const multipart = await page.request.post("/account", { headers: { "Next-Action": actionId }, multipart: { "1_currentPassword": "x", "0": "[".repeat(5000) } });
    expect(multipart.status()).toBe(400);
    const ok = await callAction(page.request, "/account", actionId, [{ currentPassword: "", newPassword: "", confirmPassword: "" }]);
    expect(ok.status).toBe(200);
  });
});

test.describe("uploads", () => {
  test.use({ storageState: storageStatePath("liaison") });
  // A PDF judged by its bytes: the header, then padding up to the size wanted.
  const PDF_HEADER = Buffer.from("%PDF-1.4\n");
  const pdf = (bytes: number) => Buffer.concat([PDF_HEADER, Buffer.alloc(bytes - PDF_HEADER.length, 0x20)]);
  const TEN_MB = 10 * 1024 * 1024;

  test("files of up to 10 MB each, more than 10 MB together, are saved; one byte more is refused beside the field", async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto("/activities/new");
    await page.getByLabel("共建内容").selectOption({ label: "城乡发展联促" });
    await page.getByLabel("活动名称").fill("上传边界测试");
    await page.getByLabel("活动地点").fill("满天红村村委会");
    await page.getByLabel("活动情况").fill("两份各 10 MB 的材料。");
    await page.locator('input[type="file"]').setInputFiles([
      { name: "材料一.pdf", mimeType: "application/pdf", buffer: pdf(TEN_MB + 1) },
      { name: "材料二.pdf", mimeType: "application/pdf", buffer: pdf(TEN_MB) },
    ]);
    // The browser says so at once; the server says the same if the form is sent anyway.
    await expect(page.getByText("文件“材料一.pdf”超过 10 MB，请先压缩。")).toBeVisible();
    await page.getByRole("button", { name: "保存草稿" }).click();
    await expect(page.getByTestId("field-error")).toHaveText("文件“材料一.pdf”超过 10 MB，请先压缩。");
    await expect(page.getByLabel("活动名称")).toHaveValue("上传边界测试");

    await page.locator('input[type="file"]').setInputFiles([
      { name: "材料一.pdf", mimeType: "application/pdf", buffer: pdf(TEN_MB) },
      { name: "材料二.pdf", mimeType: "application/pdf", buffer: pdf(TEN_MB) },
      { name: "材料三.pdf", mimeType: "application/pdf", buffer: pdf(TEN_MB) },
    ]);
    await page.getByRole("button", { name: "保存草稿" }).click();
    await expect(page.getByRole("heading", { name: "上传边界测试" })).toBeVisible({ timeout: 60_000 });
    for (const name of ["材料一.pdf", "材料二.pdf", "材料三.pdf"]) await expect(page.getByTestId("attachments")).toContainText(name);
  });
});

test.describe("the registry and the pairing scope", () => {
  test.use({ storageState: storageStatePath("liaison") });

  test("a liaison opening another unit's or village's page sees none of its pairings, only their own", async ({ page }) => {
    await page.goto("/units?q=市水务局");
    await page.getByRole("link", { name: "市水务局" }).click();
    await expect(page.getByText("您只能查看本单位的结对情况。")).toBeVisible();
    await expect(page.locator('a[href^="/pairings/"]')).toHaveCount(0);

    await page.goto("/villages?q=丰收村");
    await expect(page.locator("tbody tr", { hasText: "丰收村" })).not.toContainText("市水务局");
    await page.getByRole("link", { name: "丰收村" }).click();
    await expect(page.locator('main a[href^="/pairings/"]')).toHaveCount(0);

    await page.goto("/units?q=市农业局");
    await page.getByRole("link", { name: "市农业局" }).click();
    await expect(page.locator('a[href^="/pairings/"]').first()).toContainText("满天红村");
  });
});
