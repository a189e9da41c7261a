import type { ReactNode } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/lib/cn";

/** A titled panel of the dashboard. */
export function Section({ id, title, note, actions, children, className }: { id: string; title: string; note?: ReactNode; actions?: ReactNode; children: ReactNode; className?: string }) {
  return (
    <section aria-labelledby={`${id}-title`} className={cn("rounded-lg border border-stone-200 bg-white p-4", className)} data-testid={id}>
      <div className="mb-3 flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id={`${id}-title`} className="font-semibold text-stone-900">
            {title}
          </h2>
          {note && <p className="mt-0.5 text-xs text-stone-500">{note}</p>}
        </div>
        {actions && <div className="flex flex-wrap items-center gap-2 text-sm">{actions}</div>}
      </div>
      {children}
    </section>
  );
}

/** What a section looks like while its figures load. */
export function SectionSkeleton({ className, lines = 6 }: { className?: string; lines?: number }) {
  return (
    <div className={cn("rounded-lg border border-stone-200 bg-white p-4", className)} aria-busy>
      <Skeleton className="mb-4 h-5 w-40" />
      <div className="space-y-2">
        {Array.from({ length: lines }, (_, i) => (
          <Skeleton key={i} className="h-4 w-full" />
        ))}
      </div>
    </div>
  );
}
