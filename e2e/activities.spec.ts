// Activities at desktop width: the list's filters and the dashboard's drill-down links, English,
// the attachment route's scope, and the server refusing crafted requests.
import { expect, test } from "@playwright/test";
import { storageStatePath } from "./accounts";
import { callAction, captureActionId } from "./server-action";

const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

test.describe("the activity list", () => {
  test.use({ storageState: storageStatePath("leader") });

  test("answers the dashboard's drill-down link with each record's value and the total", async ({ page }) => {
    await page.goto("/activities?indicator=condolence_money&from=2010-06-01&to=2011-08-31&status=VERIFIED");
    await expect(page.getByTestId("indicator-total")).toContainText("“发放慰问金”合计：4.02万元");
    await expect(page.getByRole("columnheader", { name: "发放慰问金" })).toBeVisible();
    // Filters live in the URL: narrowing to a township keeps the indicator and the period (the
    // rarer filters are unfolded because some are in use).
    await page.getByLabel("乡镇").selectOption({ label: "铁力镇" });
    await page.getByRole("button", { name: "查询" }).click();
    await expect(page).toHaveURL(/indicator=condolence_money/);
    await expect(page).toHaveURL(/township=\d+/);
    await expect(page.getByTestId("indicator-total")).toBeVisible();
  });

  test("never shows a unit's drafts to a leader", async ({ page }) => {
    await page.goto("/activities?status=DRAFT");
    await expect(page.getByTestId("empty-state")).toBeVisible();
  });
});

test.describe("in English", () => {
  test.use({ storageState: storageStatePath("liaison") });

  test("the liaison's home, list and form read in English", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { name: "Returned to you" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "My pairings" })).toBeVisible();
    await page.goto("/activities");
    await expect(page.getByRole("heading", { name: "Activities", exact: true })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Content area" })).toBeVisible();
    await page.goto("/activities/new");
    await expect(page.getByRole("heading", { name: "Record a joint activity" })).toBeVisible();
    await page.getByTestId("add-indicator").selectOption({ label: "Relief money handed out (yuan)" });
    await page.getByLabel("Relief money handed out", { exact: true }).fill("40200");
    await expect(page.getByTestId("money-hint")).toHaveText("In yuan: 4.02 × 10,000 yuan (万元)");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("This field is required.").first()).toBeVisible();
    await page.getByRole("button", { name: "中文" }).click();
    await expect(page.getByRole("heading", { name: "记录共建活动" })).toBeVisible();
  });
});

test.describe("refusals the server makes itself", () => {
  test("a liaison cannot record for another unit's pairing by posting a crafted form", async ({ browser }) => {
    // The water bureau's liaison reveals the create action's id with an honest (invalid) save.
    const water = await browser.newContext({ storageState: storageStatePath("liaison2") });
    const page = await water.newPage();
    await page.goto("/activities/new");
    const createId = await captureActionId(page, () => page.getByRole("button", { name: "保存草稿" }).click());
    // The agriculture bureau's pairing, seen from its own liaison's home page.
    const agri = await browser.newContext({ storageState: storageStatePath("liaison") });
    const agriPage = await agri.newPage();
    await agriPage.goto("/");
    const href = await agriPage.getByTestId("my-pairings").getByRole("link", { name: "记录活动" }).first().getAttribute("href");
    const pairingId = Number(new URL(href ?? "", "http://x").searchParams.get("pairing"));

    const crafted = await callAction(water.request, "/activities/new", createId, [
      { pairingId, area: "ORG_LIFE", date: "2011-05-05", title: "越权记录的活动", intent: "submit" },
    ]);
    expect(crafted.body).toContain("记录不存在，或您无权查看。");
    await agriPage.goto("/activities?pairing=" + pairingId);
    await expect(agriPage.getByText("越权记录的活动")).toHaveCount(0);
    await water.close();
    await agri.close();
  });

  test("a village cannot confirm another village's activity, nor read its files", async ({ browser }) => {
    // The water bureau's liaison records an activity with a photo for 丰收村 (not the village user's).
    const water = await browser.newContext({ storageState: storageStatePath("liaison2") });
    const page = await water.newPage();
    await page.goto("/activities/new");
    await page.getByLabel("共建内容").selectOption({ label: "服务群众联做" });
    // Inside the demo campaign, so the dashboard's default period does not move.
    await page.getByLabel("活动日期").fill("2011-08-31");
    await page.getByLabel("活动名称").fill("清理涵洞");
    await page.locator('input[type="file"]').setInputFiles([{ name: "涵洞清理前后.png", mimeType: "image/png", buffer: PNG }]);
    await page.getByRole("button", { name: "提交审核" }).click();
    await expect(page.getByRole("heading", { name: "清理涵洞" })).toBeVisible();
    const activityId = Number(new URL(page.url()).pathname.split("/").pop());
    const fileHref = await page.getByTestId("attachments").getByRole("link", { name: "下载" }).getAttribute("href");
    const attachmentId = Number(fileHref?.match(/\/api\/attachments\/(\d+)/)?.[1]);

    const own = await water.request.get(`/api/attachments/${attachmentId}?download=1`);
    expect(own.status()).toBe(200);
    expect(own.headers()["content-type"]).toBe("image/png");
    expect(own.headers()["x-content-type-options"]).toBe("nosniff");
    expect(own.headers()["content-disposition"]).toContain("filename*=UTF-8''%E6%B6%B5%E6%B4%9E");

    // The village user of 满天红村 has its own activity's confirm action id to misuse.
    const village = await browser.newContext({ storageState: storageStatePath("village") });
    const villagePage = await village.newPage();
    await villagePage.goto("/activities?confirmation=PENDING");
    await villagePage.locator("tbody a").first().click();
    await villagePage.waitForURL(/\/activities\/\d+$/);
    const ownPath = new URL(villagePage.url()).pathname;
    const confirmId = await captureActionId(villagePage, () => villagePage.getByRole("button", { name: "提出异议" }).click());

    const crafted = await callAction(village.request, ownPath, confirmId, [{ id: activityId, decision: "CONFIRMED" }]);
    expect(crafted.body).toContain("记录不存在，或您无权查看。");
    expect((await village.request.get(`/api/attachments/${attachmentId}`)).status()).toBe(404);
    await villagePage.goto(`/activities/${activityId}`);
    await expect(villagePage.getByTestId("not-found")).toBeVisible();

    await page.reload();
    await expect(page.getByTestId("confirmation-status")).toContainText("等待村党支部确认。");
    await water.close();
    await village.close();
  });

  test("a liaison cannot edit a verified activity, even by posting the form", async ({ browser }) => {
    const agri = await browser.newContext({ storageState: storageStatePath("liaison") });
    const page = await agri.newPage();
    await page.goto("/activities?status=VERIFIED");
    await page.locator("tbody a").first().click();
    await page.waitForURL(/\/activities\/\d+$/);
    const verifiedPath = new URL(page.url()).pathname;
    await expect(page.getByRole("link", { name: "修改" })).toHaveCount(0);
    // The edit page sends a verified activity back to its page.
    await page.goto(`${verifiedPath}/edit`);
    await expect(page).toHaveURL(new RegExp(`${verifiedPath}$`));

    // Its own returned activity reveals the update action's id.
    await page.goto("/activities?status=RETURNED");
    await page.locator("tbody a").first().click();
    await page.getByRole("link", { name: "修改" }).click();
    await page.waitForURL(/\/edit$/);
    await page.getByLabel("活动名称").fill("");
    const updateId = await captureActionId(page, () => page.getByRole("button", { name: "保存草稿" }).click());
    const id = Number(verifiedPath.split("/").pop());
    const crafted = await callAction(agri.request, `${verifiedPath}/edit`, updateId, [
      { id, pairingId: 1, area: "ORG_LIFE", date: "2011-05-05", title: "篡改已审核的活动" },
    ]);
    expect(crafted.body).toContain("不能再修改");
    await page.goto(verifiedPath);
    await expect(page.getByRole("heading", { name: "篡改已审核的活动" })).toHaveCount(0);
    await agri.close();
  });
});

test.describe("the activity form's pairing picker", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("finds a pairing beyond the first page by asking the server, and keeps it when a save is refused", async ({ page }) => {
    await page.goto("/activities/new");
    const picker = page.getByRole("combobox", { name: "结对", exact: true });
    // An administrator's form carries only the first pairings; the rest are a search away.
    await expect(picker.locator("option")).toHaveCount(21);
    await page.getByTestId("pairingId-search").fill("满天红");
    await expect(picker).toHaveValue(/\d+/);
    await expect(picker.locator("option:checked")).toContainText("满天红村");
    await page.getByRole("button", { name: "保存草稿" }).click();
    // No title: refused, and the chosen pairing is still chosen.
    await expect(page.getByTestId("field-error").first()).toBeVisible();
    await expect(picker.locator("option:checked")).toContainText("满天红村");
  });
});
