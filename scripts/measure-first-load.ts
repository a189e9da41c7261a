// Prints the JavaScript a browser downloads on a cold first visit to each page (raw and gzip),
// the figure behind the UI-foundation choice in the README.
//   npx tsx scripts/measure-first-load.ts --base http://localhost:3000 /login /units /dashboard
// Signs in as the demo's admin, or as MEASURE_USERNAME / MEASURE_PASSWORD (the benchmark's accounts).
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";

const args = process.argv.slice(2);
const baseIndex = args.indexOf("--base");
const base = baseIndex >= 0 ? args[baseIndex + 1] : "http://localhost:3000";
const paths = args.filter((a, i) => a.startsWith("/") && i !== baseIndex + 1);

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const login = await browser.newContext({ baseURL: base });
  const page = await login.newPage();
  await page.goto("/login");
  await page.locator('input[name="username"]').fill(process.env.MEASURE_USERNAME ?? "admin");
  await page.locator('input[name="password"]').fill(process.env.MEASURE_PASSWORD ?? "demo1234");
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  const cookies = await login.cookies();

  console.log("page                     JS files   raw KB   gzip KB");
  for (const path of paths) {
    const context = await browser.newContext({ baseURL: base });
    if (path !== "/login") await context.addCookies(cookies);
    const tab = await context.newPage();
    const bodies: Promise<Buffer>[] = [];
    tab.on("response", (response) => {
      if (response.request().resourceType() === "script") bodies.push(response.body().catch(() => Buffer.alloc(0)));
    });
    await tab.goto(path, { waitUntil: "networkidle" });
    const files = await Promise.all(bodies);
    const raw = files.reduce((n, b) => n + b.length, 0);
    const gzip = files.reduce((n, b) => n + gzipSync(b).length, 0);
    console.log(`${path.padEnd(24)} ${String(files.length).padStart(8)} ${(raw / 1024).toFixed(0).padStart(8)} ${(gzip / 1024).toFixed(0).padStart(9)}`);
    await context.close();
  }
  await browser.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
