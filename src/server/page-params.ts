import "server-only";
import { notFound } from "next/navigation";
import { parseId } from "@/domain/ids";

/** The record id of a page's `[id]` segment: anything but a plain positive id (1.5, 1e20, abc) is a 404. */
export async function pageId(params: Promise<{ id: string }>): Promise<number> {
  const id = parseId((await params).id);
  if (id === undefined) notFound();
  return id;
}
