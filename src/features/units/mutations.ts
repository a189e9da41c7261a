// What each unit action does, on the one mutation path (server/action-core.ts). Exported as
// server actions from actions.ts; database tests run these definitions directly.
import type { ActionDefinition } from "@/server/action-core";
import type { Tx } from "@/server/db-client";
import { NotFoundError, UserError } from "@/server/errors";
import { findUnitInScope, requireOwnRegionId } from "@/server/scope";
import { updateVersioned } from "@/server/versioned-update";
import { pinyinSortKey } from "@/lib/pinyin";
import { unitSearchText } from "./search-text";
import { UnitIdInput, UnitInput, UnitUpdateInput } from "./schemas";

/** The form's fields, by their labels, for the refusal of a save over someone else's. */
const UNIT_LABELS = {
  name: "units.fields.name",
  kind: "units.fields.kind",
  partyOrgName: "units.fields.partyOrgName",
  secretary: "units.fields.secretary",
  phone: "units.fields.phone",
  memberCount: "units.fields.memberCount",
};

function unitData(input: UnitInput) {
  return { ...input, searchText: unitSearchText(input), sortKey: pinyinSortKey(input.name) };
}

/** Names are unique within a region ("市农业局" exists in every city). */
async function assertNameFree(tx: Tx, regionId: number, name: string, exceptId?: number) {
  const other = await tx.unit.findUnique({ where: { regionId_name: { regionId, name } } });
  if (other && other.id !== exceptId) {
    const region = await tx.region.findUniqueOrThrow({ where: { id: regionId }, select: { name: true } });
    throw new UserError("errors.unitNameTaken", { name, region: region.name }, "name");
  }
}

export const createUnitAction = {
  name: "unit.create",
  permission: "registry.write",
  input: UnitInput,
  async run({ tx, user, input, audit }) {
    // A new unit belongs to the department's own region.
    const regionId = requireOwnRegionId(user);
    await assertNameFree(tx, regionId, input.name);
    const unit = await tx.unit.create({ data: { ...unitData(input), regionId } });
    audit({ entity: "Unit", entityId: unit.id, after: unit });
    return { id: unit.id };
  },
} satisfies ActionDefinition<typeof UnitInput, { id: number }>;

export const updateUnitAction = {
  name: "unit.update",
  permission: "registry.write",
  input: UnitUpdateInput,
  async run({ tx, user, input: { id, version, ...input }, audit }) {
    const before = await findUnitInScope(tx, user, id);
    await assertNameFree(tx, before.regionId, input.name, id);
    const after = await updateVersioned<typeof before>(tx, "unit", { id, version, data: unitData(input), labels: UNIT_LABELS });
    audit({ entity: "Unit", entityId: id, before, after });
    return { id };
  },
} satisfies ActionDefinition<typeof UnitUpdateInput, { id: number }>;

export const deleteUnitAction = {
  name: "unit.delete",
  permission: "registry.write",
  input: UnitIdInput,
  async run({ tx, user, input: { id }, audit }) {
    await findUnitInScope(tx, user, id);
    const unit = await tx.unit.findUnique({
      where: { id },
      include: { _count: { select: { pairings: true, users: true, assessments: true } } },
    });
    if (!unit) throw new NotFoundError();
    // A unit that is part of the campaign's history stays: its pairings, users and assessments
    // refer to it. The message says what to do instead.
    if (unit._count.pairings > 0) throw new UserError("errors.unitHasPairings", { count: unit._count.pairings });
    if (unit._count.users > 0) throw new UserError("errors.unitHasUsers", { count: unit._count.users });
    if (unit._count.assessments > 0) throw new UserError("errors.unitHasAssessments");
    const { _count, ...before } = unit;
    await tx.unit.delete({ where: { id } });
    audit({ entity: "Unit", entityId: id, before });
    return { id };
  },
} satisfies ActionDefinition<typeof UnitIdInput, { id: number }>;
