"use client";
// Asks a choices endpoint what matches the typed text (`endpoint?q=…`), after a pause in typing;
// the server applies the reader's scope and answers a few at a time. A newer text cancels the
// question still open, so an old answer never replaces a newer one.
import { useEffect, useRef, useState } from "react";

/** Waits for a pause in typing before asking the server. */
const TYPING_PAUSE_MS = 250;

/** `endpoint` with `params` added to its query string. */
export function withParams(endpoint: string, params: Record<string, string>) {
  return `${endpoint}${endpoint.includes("?") ? "&" : "?"}${new URLSearchParams(params)}`;
}

/** The choices the server answers at `url`; none when it refuses. */
export async function fetchChoices<C>(url: string, signal?: AbortSignal): Promise<C[]> {
  const response = await fetch(url, { signal });
  return response.ok ? ((await response.json()) as C[]) : [];
}

/** The server's answer for `query` (null until there is one); `onAnswer` sees each answer as it comes. */
export function useServerSearch<C>(endpoint: string, query: string, onAnswer?: (choices: C[]) => void): C[] | null {
  const [found, setFound] = useState<C[] | null>(null);
  const answered = useRef(onAnswer);
  useEffect(() => {
    answered.current = onAnswer;
  });
  useEffect(() => {
    const typed = query.trim();
    if (!typed) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetchChoices<C>(withParams(endpoint, { q: typed }), controller.signal)
        .then((choices) => {
          setFound(choices);
          answered.current?.(choices);
        })
        .catch(() => undefined);
    }, TYPING_PAUSE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [endpoint, query]);
  return found;
}
