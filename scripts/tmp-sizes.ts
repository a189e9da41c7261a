import { writeFileSync } from "node:fs";
import { fetchPage, signIn, startApp } from "./bench/http";
import { benchDatabaseUrl, SCALES, BENCH_ADMIN } from "./bench/scale";
const app = await startApp(benchDatabaseUrl(SCALES.province), 3225);
try {
  const admin = await signIn(app.base, BENCH_ADMIN);
  for (const path of ["/activities", "/pairings", "/pledges", "/dashboard"]) {
    const t = performance.now();
    const r = await fetch(`${app.base}${path}`, { headers: { cookie: admin, "accept-language": "zh-CN" } });
    const body = await r.text();
    writeFileSync(`/tmp/scale/page${path.replace(/\//g, "_")}.html`, body);
    console.log(path, r.status, (Buffer.byteLength(body) / 1024).toFixed(0), "KB", (performance.now() - t).toFixed(0), "ms");
  }
} finally { app.stop(); }
