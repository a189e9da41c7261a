// Creates a Prisma client for DATABASE_URL. No "server-only" marker here: the seed, the scripts
// and the database tests create their own clients with this function.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "@/generated/postgres/client";
import { PrismaClient as SqliteClient } from "@/generated/sqlite/client";
import { databaseKind, sqliteFilePath } from "./database-url";

// The app is typed against the SQLite client; the PostgreSQL client has the same API for
// everything the app uses (no engine-specific query options such as `mode: "insensitive"`).
export type Db = SqliteClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export function createDb(url: string): Db {
  if (databaseKind(url) === "postgres") {
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
  }
  // A busy timeout lets concurrent writers wait for the lock instead of failing at once.
  const adapter = new PrismaBetterSQLite3({ url: `file:${sqliteFilePath(url)}`, timeout: 5000 });
  return new SqliteClient({ adapter });
}
