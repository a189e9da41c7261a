import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

export type Fact = [label: string, value: ReactNode];

/** A record's facts as label–value pairs, in a grid that folds to one column on a phone. */
export function FactList({ facts, className }: { facts: Fact[]; className?: string }) {
  return (
    <dl className={cn("grid gap-x-6 gap-y-3", className)}>
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt className="text-xs text-stone-500">{label}</dt>
          <dd className="text-sm text-stone-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
