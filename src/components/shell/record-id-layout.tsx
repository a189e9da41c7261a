import type { ReactNode } from "react";
import { pageId } from "@/server/page-params";

/**
 * The layout of a record's pages (`[id]/layout.tsx`). The pages stream behind a loading skeleton, and
 * a page's notFound() comes after the status was sent; checking the id here, before streaming starts,
 * makes a malformed id (1.5, 1e20, abc) answer with a real 404 status.
 */
export default async function RecordIdLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  await pageId(params);
  return children;
}
