// 简报通报 in the browser: the organization department generates a bulletin for a period, edits its
// title, publishes it as 第N期 and downloads the Word file, whose text is checked; a leader reads it.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { storageStatePath } from "./accounts";

const TITLE = `2011年夏季结对共建工作通报 ${Date.now()}`;
let bulletinPath = "";
let draftPath = "";

test.describe.configure({ mode: "serial" });

test.describe("the organization department", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("generates, edits, publishes and downloads a bulletin", async ({ page }) => {
    await page.goto("/bulletins");
    const form = page.getByTestId("generate-form");
    await form.getByLabel("起始日期").fill("2011-08-31");
    await form.getByLabel("截止日期").fill("2011-06-01");
    await form.getByRole("button", { name: "生成简报" }).click();
    await expect(form.getByText("截止日期不能早于起始日期。")).toBeVisible();
    await form.getByLabel("起始日期").fill("2011-06-01");
    await form.getByLabel("截止日期").fill("2011-08-31");
    await form.getByRole("button", { name: "生成简报" }).click();
    await page.waitForURL(/\/bulletins\/\d+$/);
    bulletinPath = new URL(page.url()).pathname;

    const sheet = page.getByTestId("bulletin-sheet");
    await expect(sheet).toContainText("（草稿，未编号）");
    await expect(sheet).toContainText("一、主要数据");
    await expect(sheet).toContainText("审核通过共建活动");

    const edit = page.getByTestId("edit-form");
    await edit.getByLabel("标题").fill("");
    await edit.getByRole("button", { name: "保存修改" }).click();
    await expect(edit.getByText("此项为必填项。")).toBeVisible();
    await edit.getByLabel("标题").fill(TITLE);
    await edit.getByRole("button", { name: "保存修改" }).click();
    await expect(edit.getByText("已保存。")).toBeVisible();
    await expect(sheet).toContainText(TITLE);

    await page.getByRole("button", { name: "发布" }).click();
    await page.getByRole("dialog").getByTestId("confirm-action").click();
    await expect(sheet).toContainText(/第\d+期/);
    await expect(page.getByTestId("edit-form")).toHaveCount(0);
    const number = (await sheet.locator(".number").textContent())!.trim();

    const download = page.waitForEvent("download");
    await page.getByTestId("docx-link").click();
    const file = path.join(mkdtempSync(path.join(tmpdir(), "bulletin-e2e-")), "bulletin.docx");
    await (await download).saveAs(file);
    const text = execFileSync("unzip", ["-p", file, "word/document.xml"]).toString("utf8").replace(/<[^>]+>/g, "");
    for (const expected of ["城乡党组织结对共建工作简报", number, TITLE, "一、主要数据", "二、各乡镇工作进展", "四、需要关注的结对"]) expect(text).toContain(expected);

    await page.goto(`/print${bulletinPath}`);
    await expect(page.getByTestId("bulletin-sheet")).toContainText(number);

    // A second one stays a draft: leaders must not see it.
    await page.goto("/bulletins");
    await page.getByTestId("generate-form").getByRole("button", { name: "生成简报" }).click();
    await page.waitForURL(/\/bulletins\/\d+$/);
    draftPath = new URL(page.url()).pathname;
  });
});

test.describe("a leader", () => {
  test.use({ storageState: storageStatePath("leader") });

  test("finds the published bulletin listed by period and reads it", async ({ page }) => {
    await page.goto("/bulletins?year=2011");
    await page.getByRole("link", { name: TITLE }).click();
    await expect(page.getByTestId("bulletin-sheet")).toContainText(TITLE);
    await expect(page.getByRole("button", { name: "发布" })).toHaveCount(0);
    await expect(page.getByTestId("generate-form")).toHaveCount(0);
    expect((await page.request.get(`/api${bulletinPath}/docx`)).status()).toBe(200);
  });

  test("cannot open a draft, its print view or its Word file", async ({ page }) => {
    expect((await page.request.get(`/api${draftPath}/docx`)).status()).toBe(404);
    await page.goto(draftPath);
    await expect(page.getByTestId("bulletin-sheet")).toHaveCount(0);
    await page.goto(`/print${draftPath}`);
    await expect(page.getByTestId("bulletin-sheet")).toHaveCount(0);
  });
});

test.describe("a liaison", () => {
  test.use({ storageState: storageStatePath("liaison") });

  test("gets nothing of a published bulletin", async ({ page }) => {
    expect((await page.request.get(`/api${bulletinPath}/docx`)).status()).toBe(404);
    await page.goto(bulletinPath);
    await expect(page.getByTestId("bulletin-sheet")).toHaveCount(0);
  });
});
