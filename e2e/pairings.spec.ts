import { type Browser, expect, type Page, test } from "@playwright/test";
import { type DemoUsername, storageStatePath } from "./accounts";
import { callAction, captureActionId } from "./server-action";


/** The ledger path of a unit's pairing, as the organization department finds it in the list. */
async function pairingPath(page: Page, unit: string) {
  await page.goto(`/pairings?q=${encodeURIComponent(unit)}`);
  const href = await page.getByRole("link", { name: unit, exact: true }).first().getAttribute("href");
  if (!href) throw new Error(`no pairing for ${unit}`);
  return href;
}

async function signedIn(browser: Browser, username: DemoUsername) {
  const context = await browser.newContext({ storageState: storageStatePath(username) });
  return { context, page: await context.newPage() };
}

test.describe("pairings as the organization department", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("lists the 76 pairings with search, filters, sorting and pages", async ({ page }) => {
    // The report's campaign (the demo seeds it first; 铁力市's default, named as a link would).
    await page.goto("/pairings?campaign=1");
    await expect(page.getByRole("heading", { name: "结对共建" })).toBeVisible();
    await expect(page.getByTestId("list-total")).toContainText("共 76 条");
    await expect(page.locator("tbody tr")).toHaveCount(20);

    await page.getByLabel("搜索", { exact: true }).fill("农业");
    await page.getByRole("button", { name: "查询" }).click();
    await expect(page.locator("tbody tr", { has: page.getByRole("link", { name: "市农业局", exact: true }) })).toContainText("满天红村");

    await page.goto("/pairings");
    await page.getByLabel("乡镇").selectOption({ label: "铁力镇" });
    await page.getByRole("button", { name: "查询" }).click();
    await expect(page).toHaveURL(/townshipId=\d+/);
    await expect(page.getByTestId("list-total")).not.toContainText("共 76 条");
    const townships = await page.locator("tbody tr td:nth-child(3)").allTextContents();
    expect(townships.length).toBeGreaterThan(0);
    expect(new Set(townships)).toEqual(new Set(["铁力镇"]));

    await page.goto("/pairings?unitKind=ENTERPRISE&status=ACTIVE");
    await expect(page.getByLabel("单位类型")).toHaveValue("ENTERPRISE");
    const total = await page.getByTestId("list-total").textContent();
    expect(total).not.toContain("共 76 条");

    // Idle days in the list are counted to the campaign's end too: the demo's pairings were active in 2011.
    const idleDays = (await page.locator("tbody tr td:last-child").allTextContents()).flatMap((text) => text.match(/(\d+) 天/)?.[1] ?? []).map(Number);
    expect(idleDays.length).toBeGreaterThan(0);
    expect(Math.max(...idleDays)).toBeLessThan(200);

    await page.goto("/pairings?sort=startDate&dir=desc");
    await expect(page.getByRole("columnheader", { name: /结对日期/ })).toHaveAttribute("aria-sort", "descending");
    await page.getByRole("link", { name: "下一页" }).click();
    await expect(page.getByTestId("list-total")).toContainText("第 2/4 页");
  });

  test("the ledger of 市农业局 and 满天红村: header, figures and the timeline, newest first", async ({ page }) => {
    await page.goto(await pairingPath(page, "市农业局"));
    await expect(page.getByRole("heading", { name: "市农业局 ⇄ 满天红村" })).toBeVisible();
    const header = page.getByRole("region", { name: "结对基本情况" });
    await expect(header).toContainText("铁力镇");
    await expect(header).toContainText("王建国");
    await expect(header).toContainText("棚室蔬菜");
    await expect(page.getByTestId("area-counts")).toContainText("组织生活联过");
    // Idle days run to the campaign's end (2011-08-31), not to today, and the tile says so.
    const idle = page.getByTestId("days-since-last-verified");
    await expect(idle).toContainText("统计至2011年8月31日");
    expect(Number((await idle.textContent())?.match(/(\d+) 天/)?.[1])).toBeLessThan(200);
    const timeline = page.getByTestId("ledger-timeline");
    await expect(timeline.getByRole("link", { name: "市农业局机关支部到满天红村过组织生活" })).toBeVisible();
    await expect(timeline.locator('[data-kind="visit"]').first()).toContainText("王建国");
    await expect(timeline.locator('[data-kind="survey"]').first()).toContainText("满意率");
    const dates = await timeline.locator("li > p time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime") ?? ""));
    expect(dates).toEqual([...dates].sort().reverse());
    await page.screenshot({ path: test.info().outputPath("ledger-desktop.png"), fullPage: true });
  });

  test("the print view is the filed ledger: A4, no navigation, a print button", async ({ page }) => {
    const path = await pairingPath(page, "市农业局");
    await page.goto(`/print${path}`);
    await expect(page.getByRole("heading", { name: "市农业局与满天红村结对共建工作台帐" })).toBeVisible();
    await expect(page.getByRole("navigation")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "打印" })).toBeVisible();
    const sheet = page.getByTestId("print-ledger");
    await expect(sheet).toContainText("一、基本情况");
    await expect(sheet).toContainText("三、共建活动记录");
    await expect(sheet).toContainText("市农业局机关支部到满天红村过组织生活");
    // Only verified activities are filed.
    await expect(sheet).not.toContainText("待审核");
    await page.screenshot({ path: test.info().outputPath("ledger-print-screen.png"), fullPage: true });
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: "打印" })).toBeHidden();
    await page.pdf({ path: test.info().outputPath("ledger-print.pdf"), format: "A4", preferCSSPageSize: true });
    await page.screenshot({ path: test.info().outputPath("ledger-print-media.png"), fullPage: true });
  });

  test("creates a pairing, refuses a duplicate active one, ends, reopens and deletes it", async ({ page }) => {
    await page.goto("/pairings/new");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByTestId("alert-error")).toHaveText("请检查标红的内容后再提交。");
    await expect(page.getByText("请从列表中选择。")).toHaveCount(2);

    await page.getByLabel("共建轮次").selectOption({ label: "百局联百村" });
    await page.getByLabel("共建单位").selectOption({ label: "市农业局" });
    await page.getByLabel("结对村").selectOption({ label: "满天红村" });
    await page.getByLabel("结对日期").fill("2011-09-01");
    await page.getByLabel("共建目标").fill("帮助发展庭院经济");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByText("市农业局与满天红村在“百局联百村”中已有正在共建的结对，不能重复建立。")).toBeVisible();
    await expect(page.getByLabel("共建目标")).toHaveValue("帮助发展庭院经济");

    await page.getByLabel("结对村").selectOption({ label: "丰收村" });
    await page.getByLabel("联系领导（姓名职务）").fill("李振华（市委常委、组织部部长）");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByRole("heading", { name: "市农业局 ⇄ 丰收村" })).toBeVisible();
    // A new pair has no activities yet; the village's own surveys already show in its ledger.
    await expect(page.getByTestId("days-since-last-verified")).toContainText("暂无");
    await expect(page.locator('[data-kind="activity"]')).toHaveCount(0);
    await expect(page.getByRole("region", { name: "结对基本情况" })).toContainText("李振华");

    await page.getByRole("button", { name: "结束结对" }).click();
    await page.getByRole("dialog").getByLabel("结束日期").fill("2011-08-01");
    await page.getByRole("dialog").getByTestId("confirm-action").click();
    await expect(page.getByRole("dialog").getByText("结束日期不能早于结对日期。")).toBeVisible();
    await page.getByRole("dialog").getByLabel("结束日期").fill("2011-10-01");
    await page.getByRole("dialog").getByTestId("confirm-action").click();
    await expect(page.getByRole("region", { name: "结对基本情况" })).toContainText("已结束");
    await expect(page.getByRole("region", { name: "结对基本情况" })).toContainText("2011年9月1日至2011年10月1日");

    await page.getByRole("button", { name: "重新启用" }).click();
    await page.getByRole("dialog", { name: "重新启用结对" }).getByTestId("confirm-action").click();
    await expect(page.getByRole("region", { name: "结对基本情况" })).toContainText("共建中");

    await page.getByRole("button", { name: "删除" }).click();
    await page.getByRole("dialog", { name: "删除结对" }).getByTestId("confirm-action").click();
    await expect(page).toHaveURL(/\/pairings$/);
  });

  test("a pairing with a ledger cannot be deleted: the message offers ending it", async ({ page }) => {
    await page.goto(await pairingPath(page, "市水务局"));
    await page.getByRole("button", { name: "删除" }).click();
    await page.getByRole("dialog", { name: "删除结对" }).getByTestId("confirm-action").click();
    await expect(page.getByRole("dialog", { name: "删除结对" }).getByTestId("alert-error")).toContainText("请改为“结束结对”");
  });

  test("the ledger reads in English", async ({ page }) => {
    await page.goto(await pairingPath(page, "市农业局"));
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByText("Co-building ledger", { exact: true })).toBeVisible();
    await expect(page.getByTestId("area-counts")).toContainText("Joint organizational life");
    await expect(page.getByTestId("ledger-timeline")).toContainText("Leader visit");
    await page.screenshot({ path: test.info().outputPath("ledger-en.png"), fullPage: false });
    await page.getByRole("button", { name: "中文" }).click();
    await expect(page.getByText("共建工作台帐", { exact: true })).toBeVisible();
  });

  test("two sessions edit one pairing: the later save is refused with what the first changed", async ({ page, browser }) => {
    const path = await pairingPath(page, "市水务局");
    const second = await signedIn(browser, "admin");
    // Both open the edit form on the same version.
    await page.goto(`${path}/edit`);
    await second.page.goto(`${path}/edit`);
    await page.getByLabel("共建目标").fill("第一位的目标：帮助修建水渠");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));

    await second.page.getByLabel("共建目标").fill("第二位的目标：帮助打井");
    await second.page.getByRole("button", { name: "保存" }).click();
    const refusal = second.page.getByTestId("alert-error");
    await expect(refusal).toContainText("此记录在您打开后已被他人修改并保存，您的修改未保存。");
    await expect(refusal).toContainText("共建目标：现在是“第一位的目标：帮助修建水渠”，您提交的是“第二位的目标：帮助打井”");
    await second.page.screenshot({ path: test.info().outputPath("stale-edit-refused.png"), fullPage: true });

    // Reopened, the second person sees the first's change and can save over it.
    await second.page.reload();
    await expect(second.page.getByLabel("共建目标")).toHaveValue("第一位的目标：帮助修建水渠");
    await second.page.getByLabel("共建目标").fill("第二位的目标：帮助打井");
    await second.page.getByRole("button", { name: "保存" }).click();
    await expect(second.page).toHaveURL(new RegExp(`${path}$`));
    await second.context.close();
  });
});

test.describe("pairings for a liaison (市农业局)", () => {
  test.use({ storageState: storageStatePath("liaison") });

  test("“我的结对” shows only their unit's pairings, read only", async ({ page }) => {
    await page.goto("/pairings");
    await expect(page.getByRole("heading", { name: "我的结对" })).toBeVisible();
    const cards = page.getByTestId("pairing-cards").getByRole("listitem");
    await expect(cards).toHaveCount(1);
    await expect(cards.first()).toContainText("市农业局");
    await expect(cards.first()).toContainText("满天红村");
    await expect(cards.first()).toContainText("距上次已审核活动");
    await page.screenshot({ path: test.info().outputPath("my-pairings-liaison.png") });
    await cards.first().getByRole("link").click();
    await expect(page.getByRole("heading", { name: "市农业局 ⇄ 满天红村" })).toBeVisible();
    await expect(page.getByRole("button", { name: "结束结对" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "编辑" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "打印" })).toBeVisible();
  });

  test("another unit's pairing is not found — page, print view and edit page", async ({ page, browser }) => {
    const admin = await signedIn(browser, "admin");
    const other = await pairingPath(admin.page, "市水务局");
    await admin.context.close();

    // The print view answers 404; the in-app page streams its shell first, then shows "not found".
    expect((await page.goto(`/print${other}`))?.status()).toBe(404);
    for (const path of [other, `/print${other}`]) {
      await page.goto(path);
      await expect(page.getByTestId("not-found")).toBeVisible();
      await expect(page.locator("body")).not.toContainText("丰收村");
      await expect(page.locator("body")).not.toContainText("市水务局");
    }
    await page.goto(`${other}/edit`);
    await expect(page.getByTestId("forbidden")).toBeVisible();
    await page.goto("/pairings/new");
    await expect(page.getByTestId("forbidden")).toBeVisible();
  });

  test("the server refuses the organization department's pairing actions, called directly", async ({ page, browser }) => {
    // The organization department's browser reveals the action ids (refused or harmless calls).
    const admin = await signedIn(browser, "admin");
    const own = await pairingPath(admin.page, "市农业局");
    const other = await pairingPath(admin.page, "市水务局");
    const otherId = Number(other.split("/").pop());
    await admin.page.goto(other);
    await admin.page.getByRole("button", { name: "结束结对" }).click();
    await admin.page.getByRole("dialog").getByLabel("结束日期").fill("2000-01-01");
    const endId = await captureActionId(admin.page, () => admin.page.getByRole("dialog").getByTestId("confirm-action").click());
    await admin.page.goto(`${other}/edit`);
    await admin.page.getByLabel("结对日期").fill("");
    const updateId = await captureActionId(admin.page, () => admin.page.getByRole("button", { name: "保存" }).click());
    await admin.context.close();

    const attempts = [
      await callAction(page.request, other, endId, [{ id: otherId, endDate: "2011-08-31" }]),
      await callAction(page.request, other, updateId, [{ id: otherId, startDate: "2010-06-01", goals: "被篡改的目标" }]),
      await callAction(page.request, own, endId, [{ id: Number(own.split("/").pop()), endDate: "2011-08-31" }]),
    ];
    for (const attempt of attempts) {
      expect(attempt.body).toContain("您没有权限进行此操作。");
      expect(attempt.body).not.toContain("丰收村");
    }

    const check = await signedIn(browser, "admin");
    await check.page.goto(other);
    await expect(check.page.getByRole("region", { name: "结对基本情况" })).toContainText("共建中");
    await expect(check.page.getByRole("region", { name: "结对基本情况" })).not.toContainText("被篡改的目标");
    await check.context.close();
  });
});

test.describe("pairings for other roles", () => {
  test("the village secretary sees their village's pairing and nothing else", async ({ browser }) => {
    const { context, page } = await signedIn(browser, "village");
    await page.goto("/pairings");
    await expect(page.getByRole("heading", { name: "我的结对" })).toBeVisible();
    await expect(page.getByTestId("pairing-cards").getByRole("listitem")).toHaveCount(1);
    await page.getByTestId("pairing-cards").getByRole("link").first().click();
    await expect(page.getByRole("heading", { name: "市农业局 ⇄ 满天红村" })).toBeVisible();
    // No registry links for a village secretary: those pages are for staff.
    await expect(page.getByRole("region", { name: "结对基本情况" }).getByRole("link")).toHaveCount(0);
    const admin = await signedIn(browser, "admin");
    const other = await pairingPath(admin.page, "市水务局");
    await admin.context.close();
    for (const path of [other, `/print${other}`]) {
      await page.goto(path);
      await expect(page.getByTestId("not-found")).toBeVisible();
      await expect(page.locator("body")).not.toContainText("丰收村");
    }
    await context.close();
  });

  test("a leader reads every pairing and ledger but has no controls", async ({ browser }) => {
    const { context, page } = await signedIn(browser, "leader");
    await page.goto("/pairings?campaign=1");
    await expect(page.getByTestId("list-total")).toContainText("共 76 条");
    await expect(page.getByRole("link", { name: "新建结对" })).toHaveCount(0);
    await page.goto(await pairingPath(page, "市水务局"));
    await expect(page.getByRole("heading", { name: "市水务局 ⇄ 丰收村" })).toBeVisible();
    for (const name of ["结束结对", "删除"]) await expect(page.getByRole("button", { name })).toHaveCount(0);
    await page.goto("/pairings/new");
    await expect(page.getByTestId("forbidden")).toBeVisible();
    await context.close();
  });
});
