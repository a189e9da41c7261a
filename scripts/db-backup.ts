// `npm run db:backup [-- <folder>]`: an online backup of DATABASE_URL (default: the SQLite file) and
// of UPLOAD_DIR into a new folder (default backups/<time>/), while the app keeps running.
import path from "node:path";
import { backupDatabase } from "../src/server/backup";
import { env } from "../src/server/env";

const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const outDir = path.resolve(process.argv[2] ?? path.join("backups", stamp));
const manifest = await backupDatabase({
  databaseUrl: env().DATABASE_URL,
  uploadDir: path.resolve(env().UPLOAD_DIR),
  outDir,
});
const rows = Object.values(manifest.counts).reduce((a, b) => a + b, 0);
console.log(`✓ backup in ${outDir}: ${manifest.database}, ${rows} rows in ${Object.keys(manifest.counts).length} tables, ${manifest.files} files`);
