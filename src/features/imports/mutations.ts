// Reading an upload, previewing what it would do, and committing it on the one mutation path.
// The preview and the commit run the same check; the commit runs it again inside its transaction,
// so what it writes is judged against the database as it is then. Parsing the file (the slow
// part) is the action's prepare step, before the transaction opens.
import { createHash } from "node:crypto";
import { z } from "zod";
import type { ActionDefinition } from "@/server/action-core";
import type { CurrentUser } from "@/server/current-user";
import type { DbOrTx } from "@/server/db-client";
import { ForbiddenError, UserError } from "@/server/errors";
import { can } from "@/server/permissions";
import { checkbox } from "@/lib/form-fields";
import type { Translate } from "@/i18n/translator";
import { uploadedFiles } from "@/features/attachments";
import { IMPORTS } from "./kinds";
import type { ImportKind, ImportKindName, Plan, Progress, RejectedRow } from "./kind";
import { readTable, type Table } from "./read-table";

export type ReadFile = { fileName: string; checksum: string; size: number; table: Table };

export function importKind(name: ImportKindName): ImportKind {
  const kind = IMPORTS[name];
  if (!kind) throw new UserError("errors.notFound");
  return kind;
}

type Upload = { name: string; arrayBuffer: () => Promise<ArrayBuffer> };

export async function readUpload(kind: ImportKind, file: Upload, progress: Progress): Promise<ReadFile> {
  progress("read", 0, 1);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const checksum = createHash("sha256").update(bytes).digest("hex");
  const table = await readTable(bytes, file.name, kind.required);
  progress("read", 1, 1);
  return { fileName: file.name, checksum, size: bytes.byteLength, table };
}

export type Preview = {
  kind: ImportKindName;
  fileName: string;
  checksum: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: { row: number; errors: { column: string; message: string }[] }[];
};

/** What the file would do, written nowhere. The same permission as the commit. */
export async function previewImport(db: DbOrTx, user: CurrentUser, name: ImportKindName, file: Upload, t: Translate, progress: Progress = () => {}): Promise<Preview> {
  const kind = importKind(name);
  if (!can(user.role, kind.permission)) throw new ForbiddenError();
  const read = await readUpload(kind, file, progress);
  const plan = await kind.check({ db, user, table: read.table, columns: await kind.columns(db), progress });
  return summary(name, read, plan, t);
}

export function summary(kind: ImportKindName, read: ReadFile, plan: Plan<unknown, unknown>, t: Translate): Preview {
  return {
    kind,
    fileName: read.fileName,
    checksum: read.checksum,
    rows: read.table.rows.length,
    created: plan.create.length,
    updated: plan.update.length,
    unchanged: plan.unchanged,
    rejected: translateRejected(plan.rejected, t),
  };
}

export function translateRejected(rows: RejectedRow[], t: Translate) {
  return rows.map((r) => ({ row: r.row, errors: r.errors.map((e) => ({ column: e.column, message: t(e.key, e.params) })) }));
}

export const ImportCommitInput = z.object({
  file: uploadedFiles().refine((files) => files.length === 1, { error: "validation.required" }),
  /** The checksum the preview showed: the commit refuses a different file. */
  checksum: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  /** Import the valid rows and leave the rejected ones out (they can be downloaded, fixed and imported again). */
  skipRejected: checkbox(),
});

export type CommitResult = { importId: number; created: number; updated: number; unchanged: number; skipped: number };

/** The commit of one kind, on the one mutation path; `progress` hears how far it is. */
export function importCommitAction(name: ImportKindName, progress: Progress = () => {}) {
  const kind = importKind(name);
  return {
    name: `import.${name}`,
    permission: kind.permission,
    input: ImportCommitInput,
    // 50,000 rows are checked and written in one transaction: on PostgreSQL 20,000 take longer than a form's 10 s.
    transactionTimeout: 600_000,
    async prepare({ input }) {
      const read = await readUpload(kind, input.file[0], progress);
      if (input.checksum && input.checksum !== read.checksum) throw new UserError("imports.errors.fileChanged");
      return { ...input, read };
    },
    async run({ tx, user, input: { read, skipRejected }, audit }) {
      const plan = await kind.check({ db: tx, user, table: read.table, columns: await kind.columns(tx), progress });
      if (plan.rejected.length > 0 && !skipRejected) throw new UserError("imports.errors.rowsRejected", { count: plan.rejected.length });
      if (plan.create.length + plan.update.length === 0) throw new UserError("imports.errors.nothingToImport");
      const counts = { created: plan.create.length, updated: plan.update.length, unchanged: plan.unchanged };
      const record = await tx.import.create({ data: { kind: name, fileName: read.fileName, checksum: read.checksum, createdById: user.id, ...counts } });
      await kind.apply({ tx, user, plan, importId: record.id, progress });
      audit({
        entity: "Import",
        entityId: record.id,
        after: { kind: name, fileName: read.fileName, checksum: read.checksum, size: read.size, rows: read.table.rows.length, ...counts, skipped: plan.rejected.length },
      });
      return { importId: record.id, ...counts, skipped: plan.rejected.length };
    },
  } satisfies ActionDefinition<typeof ImportCommitInput, CommitResult, z.output<typeof ImportCommitInput> & { read: ReadFile }>;
}
