"use client";
import { wrapLabel } from "./wrap-label";

export const TICK_FONT_SIZE = 12;
export const TICK_LINE_HEIGHT = 14;
/** Lines a category label may take beside its bar before the rest is cut (the full name is its tooltip). */
export const TICK_MAX_LINES = 3;

/**
 * A category label beside a horizontal bar, wrapped to the axis's width and centred on the bar;
 * a label that had to be cut carries its whole text as a tooltip (an SVG title).
 */
export function CategoryTick({ x, y, payload, width }: { x?: number | string; y?: number | string; payload?: { value?: unknown }; width: number }) {
  const text = String(payload?.value ?? "");
  const { lines, cut } = wrapLabel(text, width - 8, TICK_FONT_SIZE, TICK_MAX_LINES);
  const firstDy = TICK_FONT_SIZE * 0.35 - ((lines.length - 1) * TICK_LINE_HEIGHT) / 2;
  return (
    <g transform={`translate(${x ?? 0},${y ?? 0})`}>
      {cut && <title>{text}</title>}
      <text textAnchor="end" fontSize={TICK_FONT_SIZE} fill="#57534e">
        {lines.map((line, i) => (
          <tspan key={i} x={-4} dy={i === 0 ? firstDy : TICK_LINE_HEIGHT}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}
