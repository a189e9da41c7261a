// The cluster test (npm run test:cluster): runs against the instances scripts/cluster/cluster.sh
// starts — no web server of its own. Debian's Chromium, as in the main configuration.
import { defineConfig } from "@playwright/test";

export default defineConfig({
  testDir: ".",
  testMatch: /\.cluster\.ts$/,
  outputDir: "../../test-results/cluster",
  workers: 1,
  retries: 0,
  // Generous: two cold instances on a machine shared with other work answer slowly at first.
  timeout: 240_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
    },
  },
});
