// Category labels beside chart bars: wrapped to their room, never wider than it, cut only past three lines.
import { describe, expect, it } from "vitest";
import { textWidth, wrapLabel } from "@/components/charts/wrap-label";

describe("chart labels", () => {
  it("wraps an English content area at word boundaries and keeps every line within the room", () => {
    const { lines, cut } = wrapLabel("Joint party-member team building", 96, 12, 3);
    expect(lines.join(" ").replace("- ", "-")).toBe("Joint party-member team building");
    expect(cut).toBe(false);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(96);
  });

  it("keeps a short Chinese name on one line", () => {
    expect(wrapLabel("满天红村", 76, 12, 3)).toEqual({ lines: ["满天红村"], cut: false });
  });

  it("cuts what does not fit in the lines allowed with an ellipsis, and says it did", () => {
    const { lines, cut } = wrapLabel("一二三四五六七八九十一二三四五六七八九十", 60, 12, 2);
    expect(cut).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith("…")).toBe(true);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(60);
  });

  it("cuts a single word longer than the room", () => {
    const { lines, cut } = wrapLabel("Supercalifragilisticexpialidocious", 60, 12, 3);
    expect(cut).toBe(true);
    expect(textWidth(lines[0], 12)).toBeLessThanOrEqual(60);
  });
});
