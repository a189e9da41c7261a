// 督查 → 整改 → 销号 across the organization department and a unit's liaison: an inspection (its
// pairings searched on the server and a township's added at once) and its item, the liaison's report
// with a photo, sent back with a reason, reported again, closed; another unit's liaison cannot open
// it. Then a contact point given through the server-searched picker, and a survey round entered for
// one township.
import { expect, test } from "@playwright/test";
import { storageStatePath } from "./accounts";

const ITEM = `补齐2011年下半年共建台帐 ${Date.now()}`;
const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
const inDays = (days: number) => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date(Date.now() + days * 86_400_000));
// A real 1×1 PNG: the server judges a photo by its bytes.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
let itemPath = "";

test.describe.configure({ mode: "serial" });

test.describe("the rectification loop", () => {
  test("the department records an inspection and raises an item against the agriculture bureau's pairing", async ({ browser }) => {
    const page = await (await browser.newContext({ storageState: storageStatePath("admin") })).newPage();
    await page.goto("/supervision");
    // The demo's sixteen inspections are listed.
    await expect(page.getByRole("table", { name: "督查记录" }).getByRole("row")).toHaveCount(1 + 16);
    await page.getByRole("link", { name: "新增督查" }).click();
    await page.getByLabel("督查日期").fill(today());
    await page.getByLabel("督查方式").selectOption({ label: "专项督查" });
    await page.getByLabel("督查人员").fill("韩志刚、孙丽");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByText("请至少选择一个督查涉及的结对。")).toBeVisible();
    await expect(page.getByLabel("督查人员")).toHaveValue("韩志刚、孙丽");

    // The page carries a few pairings; the search asks the server for the rest.
    await page.getByLabel("查找结对").fill("mth");
    await expect(page.getByTestId("pairingIds-matches")).toHaveText("找到 1 项");
    await page.getByLabel("市农业局 — 铁力镇满天红村").check();
    // An inspection route through 桃山镇 covers its eight pairings: added at once, one taken off again.
    await page.getByLabel("按乡镇添加").selectOption({ label: "桃山镇" });
    await page.getByRole("button", { name: "添加该乡镇全部结对" }).click();
    const chosen = page.getByTestId("chosen-pairings").getByRole("listitem");
    await expect(chosen).toHaveCount(1 + 8);
    await chosen.filter({ hasText: "桃山镇" }).first().getByRole("button", { name: /^移除/ }).click();
    await expect(page.getByTestId("pairings-count")).toHaveText("已选 8 个");
    // A refused save keeps the chosen pairings.
    await page.getByLabel("督查人员").fill("");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByText("此项为必填项。")).toBeVisible();
    await expect(chosen).toHaveCount(8);
    await expect(chosen.filter({ hasText: "满天红村" })).toHaveCount(1);
    await page.getByLabel("督查人员").fill("韩志刚、孙丽");
    await page.getByLabel("发现的问题").fill("台帐资料不齐全。");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByRole("heading", { name: /专项督查/ })).toBeVisible();
    await expect(page.getByText("涉及 8 个结对")).toBeVisible();

    const form = page.getByTestId("rectification-form");
    await form.getByLabel("结对").selectOption({ label: "市农业局 — 铁力镇满天红村" });
    await form.getByLabel("整改事项").fill(ITEM);
    await form.getByLabel("整改期限").fill(inDays(10));
    await form.getByRole("button", { name: "提出整改事项" }).click();
    await page.getByTestId("inspection-items").getByRole("link", { name: ITEM }).click();
    await page.waitForURL(/\/supervision\/rectifications\/\d+$/);
    await expect(page.getByText("待整改", { exact: true })).toBeVisible();
    itemPath = new URL(page.url()).pathname;
  });

  test("the liaison finds it in their queue and reports with a photo", async ({ browser }) => {
    const page = await (await browser.newContext({ storageState: storageStatePath("liaison") })).newPage();
    await page.goto("/");
    const queue = page.getByTestId("queue-rectificationsToAnswer");
    await queue.getByRole("link", { name: new RegExp(ITEM.slice(-13)) }).click();
    await expect(page).toHaveURL(new RegExp(`${itemPath}$`));
    const form = page.getByTestId("report-form");
    await form.getByRole("button", { name: "提交整改报告" }).click();
    await expect(form.getByText("此项为必填项。")).toBeVisible();
    await form.getByLabel("整改情况").fill("已补齐台帐，经村党支部签字确认。");
    await form.getByLabel("整改佐证（照片或文件）").setInputFiles({ name: "台帐照片.png", mimeType: "image/png", buffer: PNG });
    await form.getByRole("button", { name: "提交整改报告" }).click();
    await expect(page.getByText("已报告，等待组织部核查。")).toBeVisible();
    await expect(page.getByTestId("attachments")).toContainText("台帐照片.png");
  });

  test("another unit's liaison cannot open it", async ({ browser }) => {
    const page = await (await browser.newContext({ storageState: storageStatePath("liaison2") })).newPage();
    await page.goto(itemPath);
    await expect(page.getByText("记录不存在，或您无权查看。").first()).toBeVisible();
    await expect(page.getByText(ITEM)).toHaveCount(0);
  });

  test("the department sends it back with a reason; the liaison reports again; the department closes it", async ({ browser }) => {
    const admin = await (await browser.newContext({ storageState: storageStatePath("admin") })).newPage();
    await admin.goto("/");
    await admin.getByTestId("queue-rectificationsToCheck").getByRole("link", { name: new RegExp(ITEM.slice(-13)) }).click();
    const check = admin.getByTestId("check-panel");
    await check.getByLabel("退回原因").fill("缺少村党支部签字页照片。");
    await check.getByRole("button", { name: "退回重新整改" }).click();
    await admin.getByRole("dialog").getByTestId("confirm-action").click();
    await expect(admin.getByText("已退回", { exact: true })).toBeVisible();

    const liaison = await (await browser.newContext({ storageState: storageStatePath("liaison") })).newPage();
    await liaison.goto(itemPath);
    await expect(liaison.getByText("组织部已退回：缺少村党支部签字页照片。")).toBeVisible();
    const form = liaison.getByTestId("report-form");
    await form.getByLabel("整改情况").fill("已补拍签字页并上传。");
    await form.getByLabel("整改佐证（照片或文件）").setInputFiles({ name: "签字页.png", mimeType: "image/png", buffer: PNG });
    await form.getByRole("button", { name: "提交整改报告" }).click();
    await expect(liaison.getByText("已报告，等待组织部核查。")).toBeVisible();

    await admin.goto(itemPath);
    await admin.getByTestId("check-panel").getByLabel("核查意见").fill("经核查，台帐已补齐，签字齐全。");
    await admin.getByRole("button", { name: "核查通过，销号" }).click();
    await expect(admin.getByTestId("closure")).toContainText("经核查，台帐已补齐，签字齐全。");
    await expect(admin.getByText("已销号", { exact: true })).toBeVisible();
    await expect(admin.getByTestId("attachments")).toContainText("签字页.png");
  });

  test("overdue items of the demo are flagged, and counted per unit", async ({ browser }) => {
    const page = await (await browser.newContext({ storageState: storageStatePath("admin") })).newPage();
    await page.goto("/supervision/rectifications?due=overdue");
    await expect(page.getByTestId("rectification-row").first()).toContainText(/逾期 \d+ 天/);
    await page.goto("/supervision/units");
    const overdueLink = page.getByTestId("unit-row").first().getByRole("link").nth(1);
    const count = Number(await overdueLink.textContent());
    await overdueLink.click();
    await expect(page.getByTestId("rectification-row")).toHaveCount(count);
  });
});

test.describe("a contact point", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("is given to a leader on a pairing the department finds by searching the server", async ({ page }) => {
    await page.goto("/supervision/visits/assign");
    await page.getByLabel("按名称或拼音首字母查找").fill("星火");
    // The one match is chosen, as after typing a name's initials.
    await expect(page.getByTestId("pairingId-matches")).toHaveText("找到 1 项");
    await expect(page.getByRole("combobox", { name: "结对", exact: true }).locator("option:checked")).toHaveText("市财政局 — 桃山镇星火村");
    await page.getByLabel("领导姓名及职务").fill("刘振东（市委常委）");
    await page.getByRole("button", { name: "指定联系点" }).click();
    await page.waitForURL(/\/supervision\/visits$/);
    await expect(page.getByTestId("leader-summary").filter({ hasText: "刘振东（市委常委）" })).toContainText("市财政局 — 桃山镇星火村");
  });
});

test.describe("a survey round", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("is entered for one township, refusing satisfied above respondents beside the cell", async ({ page }) => {
    const round = today().slice(0, 7);
    await page.goto("/surveys");
    // The demo's July 2011 round with the source report's rates.
    await expect(page.getByTestId("round-row").filter({ hasText: "2011年7月" })).toContainText("97.63%");
    await expect(page.getByTestId("round-row").filter({ hasText: "2011年7月" })).toContainText("98.55%");
    await page.getByRole("link", { name: "新建测评轮次" }).click();
    await page.getByLabel("测评月份").fill(round);
    await page.getByRole("button", { name: "进入录入" }).click();
    await expect(page).toHaveURL(new RegExp(`/surveys/${round}$`));
    const township = page.getByTestId("township-row").first();
    const townshipName = (await township.getByRole("cell").first().textContent())!.trim();
    await township.getByRole("link", { name: "录入" }).click();

    const rows = page.getByTestId("entry-row");
    const first = rows.nth(0);
    const second = rows.nth(1);
    await page.getByLabel("测评日期").fill(today());
    await first.getByRole("textbox").nth(0).fill("50");
    await first.getByRole("textbox").nth(1).fill("51");
    await first.getByRole("textbox").nth(2).fill("48");
    await second.getByRole("textbox").nth(0).fill("150");
    await second.getByRole("textbox").nth(1).fill("147");
    await second.getByRole("textbox").nth(2).fill("149");
    await page.getByRole("button", { name: "保存本乡镇数据" }).click();
    await expect(first.getByTestId("field-error")).toHaveText("满意人数不能超过参评人数。");
    await expect(second.getByTestId("field-error")).toHaveCount(0);
    await expect(second.getByRole("textbox").nth(1)).toHaveValue("147");
    await first.getByRole("textbox").nth(1).fill("49");
    await page.getByRole("button", { name: "保存本乡镇数据" }).click();
    await expect(page.getByText("已保存，共 2 个村。")).toBeVisible();

    // 196 / 200 = 98.00% and 197 / 200 = 98.50%, sums over sums.
    await page.goto(`/surveys/${round}`);
    const row = page.getByTestId("township-row").filter({ hasText: townshipName });
    await expect(row).toContainText("98.00%");
    await expect(row).toContainText("98.50%");
    await expect(page.getByTestId("round-overall")).toContainText("98.00%");
  });
});
