import { getTranslations } from "next-intl/server";
import { db } from "@/server/db";
import type { DashboardContext } from "../context";
import { rollupRows } from "../queries/region-rollup";
import { FoldedTable } from "./folded-table";
import { Section } from "./section";

/**
 * "下级对比": one row per region or township directly below the region shown (tables/rollup-table.ts).
 * Not shown to a reader whose scope is not a region, nor below a township. The table starts open —
 * it is how a department drills down — but its rows still come after the page, which stays light.
 */
export async function RegionRollupSection({ context }: { context: DashboardContext }) {
  const { filter, region } = context;
  if (!region) return null;
  const children = await rollupRows(db, filter, region);
  if (children.length === 0) return null;
  const t = await getTranslations("dashboard.rollup");
  return (
    <Section id="region-rollup" title={t("title")} note={t("note")}>
      <FoldedTable table="rollup" filter={filter} summary={t("caption", { name: region.name })} open testId="rollup-table" />
    </Section>
  );
}
