// What each township action does, on the one mutation path (server/action-core.ts). Exported as
// server actions from actions.ts; database tests run these definitions directly.
import type { ActionDefinition } from "@/server/action-core";
import { pinyinSortKey } from "@/lib/pinyin";
import type { Tx } from "@/server/db-client";
import { updateVersioned } from "@/server/versioned-update";
import { NotFoundError, UserError } from "@/server/errors";
import { findTownshipInScope, requireOwnRegionId } from "@/server/scope";
import { villageSearchText } from "@/features/villages";
import { TownshipIdInput, TownshipInput, TownshipUpdateInput } from "./schemas";

/** Township names repeat across counties; within one region they are unique. */
async function assertNameFree(tx: Tx, regionId: number, name: string, exceptId?: number) {
  const other = await tx.township.findUnique({ where: { regionId_name: { regionId, name } } });
  if (other && other.id !== exceptId) {
    const region = await tx.region.findUniqueOrThrow({ where: { id: regionId }, select: { name: true } });
    throw new UserError("townships.errors.nameTaken", { name, region: region.name }, "name");
  }
}

export const createTownshipAction = {
  name: "township.create",
  permission: "registry.write",
  input: TownshipInput,
  async run({ tx, user, input, audit }) {
    const regionId = requireOwnRegionId(user);
    await assertNameFree(tx, regionId, input.name);
    const township = await tx.township.create({ data: { ...input, regionId, sortKey: pinyinSortKey(input.name) } });
    audit({ entity: "Township", entityId: township.id, after: township });
    return { id: township.id };
  },
} satisfies ActionDefinition<typeof TownshipInput, { id: number }>;

export const updateTownshipAction = {
  name: "township.update",
  permission: "registry.write",
  input: TownshipUpdateInput,
  async run({ tx, user, input: { id, version, ...input }, audit }) {
    const before = await findTownshipInScope(tx, user, id);
    await assertNameFree(tx, before.regionId, input.name, id);
    // Villages keep the township's name in their search column: renaming must refresh it.
    const after = await updateVersioned<typeof before>(tx, "township", {
      id,
      version,
      data: { ...input, sortKey: pinyinSortKey(input.name) },
      labels: { name: "townships.fields.name", sortOrder: "townships.fields.sortOrder" },
    });
    if (before.name !== after.name) await refreshVillageSearchText(tx, id, after.name);
    audit({ entity: "Township", entityId: id, before, after });
    return { id };
  },
} satisfies ActionDefinition<typeof TownshipUpdateInput, { id: number }>;

async function refreshVillageSearchText(tx: Tx, townshipId: number, townshipName: string) {
  const villages = await tx.village.findMany({ where: { townshipId }, select: { id: true, name: true, secretary: true } });
  for (const v of villages) {
    await tx.village.update({ where: { id: v.id }, data: { searchText: villageSearchText(v.name, townshipName, v.secretary) } });
  }
}

export const deleteTownshipAction = {
  name: "township.delete",
  permission: "registry.write",
  input: TownshipIdInput,
  async run({ tx, user, input: { id }, audit }) {
    await findTownshipInScope(tx, user, id);
    const township = await tx.township.findUnique({
      where: { id },
      include: { _count: { select: { villages: true, bulletins: true } } },
    });
    if (!township) throw new NotFoundError();
    // Villages and bulletins refer to the township: it stays, and the message says why.
    if (township._count.villages > 0) throw new UserError("townships.errors.hasVillages", { count: township._count.villages });
    if (township._count.bulletins > 0) throw new UserError("townships.errors.hasBulletins", { count: township._count.bulletins });
    const { _count, ...before } = township;
    await tx.township.delete({ where: { id } });
    audit({ entity: "Township", entityId: id, before });
    return { id };
  },
} satisfies ActionDefinition<typeof TownshipIdInput, { id: number }>;
