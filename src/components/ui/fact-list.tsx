import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

export type Fact = [label: string, value: ReactNode];

/** A record's facts as label–value pairs, in a grid that folds to one column on a phone. */
export function FactList({ facts, className, valueClassName = "text-sm" }: { facts: Fact[]; className?: string; valueClassName?: string }) {
  return (
    <dl className={cn("grid gap-x-6 gap-y-3", className)}>
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt className="text-xs text-stone-500">{label}</dt>
          <dd className={cn("text-stone-900", valueClassName)}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
