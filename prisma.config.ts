// Configuration for the Prisma CLI (migrate, generate). The running app does not load this file.
// Prisma 6.19's native engines would be downloaded, which these machines cannot do, so the CLI
// runs its schema engine as WebAssembly through a driver adapter (`engine: "js"`).
import path from "node:path";
import { defineConfig } from "prisma/config";
import { databaseKind } from "./src/server/database-url";
import { cliAdapterFor } from "./prisma/cli-adapters";

const url = process.env.DATABASE_URL ?? "file:./data/app.db";
const kind = databaseKind(url);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", kind),
  migrations: { path: path.join("prisma", kind, "migrations") },
  adapter: () => cliAdapterFor(url),
});
