import type { ReactNode } from "react";

/** The tones of badge.css. */
export type BadgeTone = "neutral" | "brand" | "green" | "amber" | "red" | "sky";

export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
