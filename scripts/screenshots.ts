// Screenshots of running pages, for looking at a screen the way a user sees it.
//   npx tsx scripts/screenshots.ts --base http://localhost:3000 --user admin [--en] [--phone] /units /units/new
// Writes PNGs to screenshots/ (git-ignored). Uses Debian's Chromium, like the browser tests.
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const base = option("--base") ?? "http://localhost:3000";
const user = option("--user") ?? "admin";
const phone = args.includes("--phone");
const english = args.includes("--en");
const paths = args.filter((a, i) => a.startsWith("/") && !["--base", "--user"].includes(args[i - 1] ?? ""));

async function main() {
  mkdirSync("screenshots", { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
  });
  const context = await browser.newContext({
    baseURL: base,
    viewport: phone ? { width: 375, height: 812 } : { width: 1366, height: 900 },
    deviceScaleFactor: 1,
    timezoneId: "Asia/Shanghai",
  });
  if (english) await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: base }]);
  const page = await context.newPage();
  await page.goto("/login");
  await page.locator('input[name="username"]').fill(user);
  await page.locator('input[name="password"]').fill("demo1234");
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  for (const path of paths) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const file = `screenshots/${user}${path.replace(/[/?&=]+/g, "_")}${phone ? "-phone" : ""}${english ? "-en" : ""}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await browser.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
