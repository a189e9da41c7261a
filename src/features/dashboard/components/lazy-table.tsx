"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { TableData } from "../tables/table-data";
import { TableView } from "./table-view";

export type LazyTableWords = { loading: string; failed: string; retry: string };

type State = { status: "idle" | "loading" | "failed" } | { status: "ready"; data: TableData | null };

/**
 * A folded table whose rows are fetched when the reader first unfolds it (or at once, when it starts
 * unfolded), so the page itself carries none of them. `src` is the table's URL for the page's own
 * filter (links.ts tableHref); the caller keys this by it, so a new filter starts afresh.
 */
export function LazyTable({ src, summary, words, open = false, testId }: { src: string; summary: string; words: LazyTableWords; open?: boolean; testId?: string }) {
  const [state, setState] = useState<State>({ status: "idle" });
  const started = useRef(false);
  const load = useCallback(async () => {
    started.current = true;
    setState({ status: "loading" });
    try {
      const response = await fetch(src, { headers: { Accept: "application/json" } });
      if (!response.ok) throw new Error(String(response.status));
      setState({ status: "ready", data: (await response.json()) as TableData | null });
    } catch {
      setState({ status: "failed" });
    }
  }, [src]);
  useEffect(() => {
    if (open && !started.current) void load();
  }, [open, load]);

  return (
    <details
      className="mt-2 text-sm"
      open={open}
      data-testid={testId}
      onToggle={(e) => {
        if (e.currentTarget.open && !started.current) void load();
      }}
    >
      <summary className="cursor-pointer text-brand-700 hover:underline">{summary}</summary>
      <div className="mt-2 max-h-[32rem] overflow-auto" aria-busy={state.status === "loading"}>
        {state.status === "loading" && (
          <p role="status" className="py-2 text-stone-500">
            {words.loading}
          </p>
        )}
        {state.status === "failed" && (
          <p role="alert" className="py-2 text-red-700">
            {words.failed}{" "}
            <button type="button" className="text-brand-700 underline" onClick={() => void load()}>
              {words.retry}
            </button>
          </p>
        )}
        {state.status === "ready" && state.data && <TableView data={state.data} />}
      </div>
    </details>
  );
}
