// Logs each demo account in once and keeps its session, so specs start signed in as a role.
import { chromium, type FullConfig } from "@playwright/test";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { DEMO_PASSWORD, DEMO_USERNAMES, storageStatePath } from "./accounts";

export default async function globalSetup(config: FullConfig) {
  const { baseURL, launchOptions } = config.projects[0].use;
  mkdirSync(path.dirname(storageStatePath("admin")), { recursive: true });
  const browser = await chromium.launch(launchOptions);
  for (const username of DEMO_USERNAMES) {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByLabel("用户名").fill(username);
    await page.getByLabel("密码").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/login"));
    await context.storageState({ path: storageStatePath(username) });
    await context.close();
  }
  await browser.close();
}
