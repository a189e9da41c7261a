import { formatPercent } from "@/domain/format";

/** A rate with its change from the previous round, in percentage points. */
export function RateWithChange({ rate, change }: { rate: number | null; change?: number | null }) {
  return (
    <span className="tabular-nums">
      {formatPercent(rate)}
      {change !== undefined && change !== null && (
        <span className={`ml-1.5 text-xs ${change >= 0 ? "text-green-700" : "text-red-700"}`}>
          {change >= 0 ? "+" : ""}
          {change.toFixed(2)}
        </span>
      )}
    </span>
  );
}
