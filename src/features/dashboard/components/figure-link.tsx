import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

/** A figure that opens the records it was computed from. */
export function FigureLink({ href, testId, title, children, className }: { href: string; testId?: string; title?: string; children: ReactNode; className?: string }) {
  return (
    <Link href={href} data-testid={testId} title={title} className={cn("font-semibold text-brand-700 tabular-nums underline-offset-2 hover:underline", className)}>
      {children}
    </Link>
  );
}
