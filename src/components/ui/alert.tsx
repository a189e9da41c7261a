import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

/** A message box. Has its own test id: Next's route announcer also has role="alert". */
export function Alert({ tone = "error", children, className }: { tone?: "error" | "success" | "info"; children: ReactNode; className?: string }) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      data-testid={`alert-${tone}`}
      className={cn(
        // pre-line: a message of several lines (what another user changed) keeps its lines.
        "rounded-md border px-3 py-2 text-sm whitespace-pre-line",
        tone === "error" && "border-red-200 bg-red-50 text-red-800",
        tone === "success" && "border-green-200 bg-green-50 text-green-800",
        tone === "info" && "border-sky-200 bg-sky-50 text-sky-900",
        className,
      )}
    >
      {children}
    </div>
  );
}
