// Files arriving in a server action's FormData. A file input left empty still sends one zero-byte
// File (its name, after the trip through the server action, may even read "undefined"): an empty
// file is never a photo or a document, so zero-byte files are simply dropped.
import { z } from "zod";

export type UploadedFile = Pick<File, "name" | "size" | "type" | "arrayBuffer">;

function isUploadedFile(value: unknown): value is UploadedFile {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as UploadedFile).arrayBuffer === "function" &&
    typeof (value as UploadedFile).name === "string" &&
    typeof (value as UploadedFile).size === "number"
  );
}

/** Zero or more files under one form key; empty picks are dropped. */
export const uploadedFiles = () =>
  z.preprocess(
    (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.custom<UploadedFile>(isUploadedFile, { error: "validation.invalid" })).transform((files) => files.filter((f) => f.size > 0)),
  );
