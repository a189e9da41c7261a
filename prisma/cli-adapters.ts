// Driver adapters for the Prisma CLI, with work-arounds for bugs of Prisma 6.19.3's wasm schema
// engine (see STACK.md, "Prisma: why 6.19.3 and how it runs offline"). Used only by prisma.config.ts.
import { randomUUID } from "node:crypto";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { parse } from "pg-connection-string";
import { databaseKind } from "../src/server/database-url";

export async function cliAdapterFor(url: string): Promise<SqlMigrationAwareDriverAdapterFactory> {
  releaseWasmTimers();
  return databaseKind(url) === "sqlite" ? sqliteFactory(url) : postgresFactory(url);
}

// The wasm engine leaves long timers armed, so the CLI lingered 10–60 s after finishing.
function releaseWasmTimers() {
  const original = globalThis.setTimeout;
  const patched = ((fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const timer = original(fn, ms, ...args);
    if ((ms ?? 0) >= 10_000 && new Error().stack?.includes("wasm://")) timer.unref?.();
    return timer;
  }) as typeof setTimeout;
  globalThis.setTimeout = Object.assign(patched, original);
}

// better-sqlite3 refuses multi-statement SQL in executeRaw, which the engine uses to replay
// migrations onto the shadow database; run such scripts with executeScript instead.
function sqliteFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaBetterSQLite3({ url });
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connectToShadowDb = async () => {
    const adapter = await connectToShadowDb();
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query: SqlQuery) => {
      try {
        return await executeRaw(query);
      } catch (error) {
        if (query.args.length > 0 || !/more than one statement/i.test(describe(error))) throw error;
        await adapter.executeScript(query.sql);
        return 0;
      }
    };
    return adapter;
  };
  return factory;
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.message} ${describe((error as { cause?: unknown }).cause ?? "")}`;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

// Catalog types that adapter-pg 6.19 cannot map (name, char, int2vector, regproc, xid, oidvector,
// pg_node_tree, regnamespace, regrole) read as text; name[] as text[].
const CATALOG_TEXT_OIDS = new Set([18, 19, 22, 24, 28, 30, 194, 2205, 2206]);
const NAME_ARRAY_OID = 1003;

type PerformIO = (query: SqlQuery) => Promise<{ fields: { dataTypeID: number }[]; rows: unknown[][] }>;

function relabelCatalogTypes<T extends object>(queryable: T): T {
  const target = queryable as unknown as { performIO: PerformIO };
  const performIO = target.performIO.bind(queryable);
  target.performIO = async (query) => {
    const result = await performIO(query);
    result.fields.forEach((field, i) => {
      if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = 25;
      if (field.dataTypeID === NAME_ARRAY_OID) {
        field.dataTypeID = 1009;
        for (const row of result.rows) {
          if (typeof row[i] === "string") row[i] = parsePgTextArray(row[i] as string);
        }
      }
    });
    return result;
  };
  return queryable;
}

function parsePgTextArray(literal: string): string[] {
  const inner = literal.replace(/^\{|\}$/g, "");
  return inner === "" ? [] : inner.split(",").map((s) => s.replace(/^"|"$/g, ""));
}

function patchPgAdapter(adapter: SqlDriverAdapter, pool: pg.Pool): SqlDriverAdapter {
  relabelCatalogTypes(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolation) => relabelCatalogTypes(await startTransaction(isolation));
  // adapter-pg splits scripts on ";", breaking DO $$…$$ blocks and strings: send the whole
  // script in one simple-protocol query.
  adapter.executeScript = async (script: string) => {
    await pool.query(script);
  };
  return adapter;
}

function poolConfig(url: string, database?: string): pg.PoolConfig {
  const c = parse(url);
  return {
    host: c.host ?? undefined,
    port: c.port ? Number(c.port) : undefined,
    user: c.user ?? undefined,
    password: c.password ?? undefined,
    database: database ?? c.database ?? undefined,
    allowExitOnIdle: true,
  };
}

function postgresFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  const connect = async (database?: string) => {
    const pool = new pg.Pool(poolConfig(url, database));
    const adapter = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
    return { pool, adapter: patchPgAdapter(adapter, pool) };
  };
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: async () => (await connect()).adapter,
    // adapter-pg's own shadow database replays onto the real database when the URL names one,
    // and drops the shadow before closing its pool: create, connect and dispose in the right order.
    connectToShadowDb: async () => {
      const admin = new pg.Pool(poolConfig(url));
      const name = `prisma_shadow_${randomUUID().replace(/-/g, "")}`;
      await admin.query(`CREATE DATABASE "${name}"`);
      const { pool, adapter } = await connect(name);
      // Migrations are replayed with executeRaw, whose extended protocol takes one statement.
      const executeRaw = adapter.executeRaw.bind(adapter);
      adapter.executeRaw = async (query: SqlQuery) =>
        query.args.length === 0 ? ((await pool.query(query.sql)).rowCount ?? 0) : executeRaw(query);
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose().catch(() => pool.end());
        await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
        await admin.end();
      };
      return adapter;
    },
  };
}
