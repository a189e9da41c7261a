// `npm run db:restore -- <backup folder>`: restores a backup made by db:backup into DATABASE_URL
// (default: the SQLite file, which must not exist: stop the app and move it away first) and its
// files into UPLOAD_DIR, then checks every table's row count against the backup's manifest.
import path from "node:path";
import { env } from "../src/server/env";
import { restoreDatabase } from "../src/server/backup";

const backupDir = process.argv[2];
if (!backupDir) {
  console.error("usage: npm run db:restore -- <backup folder>");
  process.exit(2);
}
const { differing, manifest } = await restoreDatabase({
  backupDir: path.resolve(backupDir),
  databaseUrl: env().DATABASE_URL,
  uploadDir: path.resolve(env().UPLOAD_DIR),
});
if (differing.length > 0) {
  console.error(`✗ restored, but these tables differ from the backup's counts: ${differing.join(", ")}`);
  process.exit(1);
}
console.log(`✓ restored the backup of ${manifest.createdAt}: every table's row count matches, ${manifest.files} files`);
