// Creates the app's database handle for DATABASE_URL. No "server-only" marker here: the seed, the
// scripts and the database tests create their own handles with this function.
//
// Reads and writes use separate connections, chosen here and nowhere else:
// - reads (model queries, raw queries and batches of reads, `$transaction([...])`) go to a reader
//   that refuses to write: a read-only SQLite connection, or a PostgreSQL pool whose sessions are
//   read-only. In WAL mode a SQLite reader sees only committed data, never a transaction in flight.
// - interactive transactions, `$transaction(async (tx) => …)`, run on the writer. Every write in
//   the app happens there (the action path opens one per action), so a plain write outside a
//   transaction is refused by construction rather than by convention.
// Why: Prisma's better-sqlite3 adapter runs an interactive transaction on the connection it was
// given, and a second request's queries on that connection would run inside the transaction: they
// would see its uncommitted rows, and their own writes would be undone by its rollback.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { readReplicas } from "@prisma/extension-read-replicas";
import Database from "better-sqlite3";
import { PrismaClient as PostgresClient } from "@/generated/postgres/client";
import { PrismaClient as SqliteClient } from "@/generated/sqlite/client";
import { databaseKind, sqliteFilePath } from "./database-url";

// The app is typed against the SQLite client; the PostgreSQL client has the same API for
// everything the app uses (no engine-specific query options such as `mode: "insensitive"`).
export type Db = SqliteClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

/** How long a writer waits for another process's write lock before giving up. */
const SQLITE_BUSY_TIMEOUT_MS = 5_000;

/**
 * Every interactive transaction's limits. Prisma's defaults (2 s to start, 5 s to run) failed a
 * burst of forty sign-ins on PostgreSQL: their transactions queue for the audit chain's lock and
 * the writer pool while the password checks occupy the CPU, and one that waited over 2 s for a
 * connection was refused, a 401 for a right password. Under load a transaction waits its turn.
 */
export const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 10_000 } as const;

export function createDb(url: string): Db {
  return createDbs(url).db;
}

/**
 * The app's two handles. `db` reads and writes the primary. `laggingDb` is for reads that may lag
 * (dashboard, lists): with a PostgreSQL streaming replica (`replicaUrl`), Prisma's read-replicas
 * extension sends its model reads there, and everything else — raw queries, batches, interactive
 * transactions — to the primary as `db` does. Without a replica it is `db` itself, so SQLite and a
 * single PostgreSQL database behave exactly as they did before replicas.
 */
export function createDbs(url: string, replicaUrl?: string): { db: Db; laggingDb: Db; replica?: Db } {
  if (!replicaUrl) {
    const { reader, writer } = databaseKind(url) === "postgres" ? postgresPair(url) : sqlitePair(url);
    const db = joinReaderAndWriter(reader, writer);
    return { db, laggingDb: db };
  }
  if (databaseKind(url) !== "postgres" || databaseKind(replicaUrl) !== "postgres") throw new Error("A read replica needs PostgreSQL for both DATABASE_URL and DATABASE_REPLICA_URL");
  const { reader, writer } = postgresPair(url);
  // The extension's $disconnect closes the replica's pool too.
  const replica = postgresClient(replicaUrl, { readOnly: true });
  const replicaReader = reader.$extends(readReplicas({ replicas: [replica] })) as unknown as Db;
  return { db: joinReaderAndWriter(reader, writer), laggingDb: joinReaderAndWriter(replicaReader, writer), replica };
}

function sqlitePair(url: string) {
  const file = sqliteFilePath(url);
  const connection = (options: SqliteOptions) => new SqliteClient({ transactionOptions: TRANSACTION_OPTIONS, adapter: new WalSqliteAdapter({ url: `file:${file}`, timeout: SQLITE_BUSY_TIMEOUT_MS, ...options }) });
  return { reader: connection({ readonly: true, fileMustExist: true }), writer: connection({}) };
}

/**
 * Puts the file in WAL mode (kept in the file itself) when the first connection opens: WAL lets the
 * reader read while the writer writes, and a read-only connection cannot switch it on itself.
 * Lazily, as Prisma connects, so that importing the app (e.g. during `next build`) opens no file.
 */
type SqliteOptions = { readonly?: boolean; fileMustExist?: boolean };

class WalSqliteAdapter extends PrismaBetterSQLite3 {
  constructor(private readonly config: SqliteOptions & { url: string; timeout: number }) {
    super(config);
  }

  override connect() {
    const setup = new Database(sqliteFilePath(this.config.url), { timeout: this.config.timeout });
    setup.pragma("journal_mode = WAL");
    setup.close();
    return super.connect();
  }
}

function postgresPair(url: string) {
  return { reader: postgresClient(url, { readOnly: true }), writer: postgresClient(url, { readOnly: false }) };
}

function postgresClient(url: string, { readOnly }: { readOnly: boolean }): Db {
  const adapter = new PrismaPg({ connectionString: url, ...(readOnly ? { options: "-c default_transaction_read_only=on" } : {}) });
  return new PostgresClient({ adapter, transactionOptions: TRANSACTION_OPTIONS }) as unknown as Db;
}

/** One handle: the reader's API, with interactive transactions on the writer. */
function joinReaderAndWriter(reader: Db, writer: Db): Db {
  const transaction = ((arg: unknown, options?: unknown) =>
    typeof arg === "function"
      ? writer.$transaction(arg as Parameters<Db["$transaction"]>[0], options as never)
      : reader.$transaction(arg as never, options as never)) as Db["$transaction"];
  const disconnect = async () => {
    await Promise.all([reader.$disconnect(), writer.$disconnect()]);
  };
  return new Proxy(reader, {
    get(target, property, receiver) {
      if (property === "$transaction") return transaction;
      if (property === "$disconnect") return disconnect;
      return Reflect.get(target, property, receiver);
    },
  });
}
