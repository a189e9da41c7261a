// What each village action does, on the one mutation path (server/action-core.ts). Exported as
// server actions from actions.ts; database tests run these definitions directly.
import type { ActionDefinition } from "@/server/action-core";
import { pinyinSortKey } from "@/lib/pinyin";
import { recheckSettingsWarnings } from "@/features/evidence";
import type { Tx } from "@/server/db-client";
import { updateVersioned } from "@/server/versioned-update";
import { aggregateStates, applyActivityChanges } from "@/server/aggregates";
import { withPledgeAggregates } from "@/server/aggregates/pledges";
import { reportedWhere } from "@/domain/activity-status";
import { NotFoundError, UserError } from "@/server/errors";
import type { CurrentUser } from "@/server/current-user";
import { findVillageInScope, writableTownships } from "@/server/scope";
import { VillageIdInput, VillageInput, VillageUpdateInput } from "./schemas";
import { villageSearchText } from "./search-text";

/** The row to write: the form's values and the search column, once the township is known to exist. */
async function villageData(tx: Tx, user: CurrentUser, input: VillageInput, exceptId?: number) {
  // Only a township of the department's own region: another region's is missing here.
  const township = await tx.township.findFirst({ where: { id: input.townshipId, ...writableTownships(user) } });
  if (!township && (await tx.township.count({ where: { id: input.townshipId } })) > 0) throw new NotFoundError();
  if (!township) throw new UserError("villages.errors.townshipMissing", {}, "townshipId");
  // A village name is unique within its township (the database says so too): say it next to the name.
  const other = await tx.village.findUnique({ where: { townshipId_name: { townshipId: input.townshipId, name: input.name } } });
  if (other && other.id !== exceptId) throw new UserError("villages.errors.nameTaken", { name: input.name, township: township.name }, "name");
  return { ...input, searchText: villageSearchText(input.name, township.name, input.secretary), sortKey: pinyinSortKey(input.name) };
}

export const createVillageAction = {
  name: "village.create",
  permission: "registry.write",
  input: VillageInput,
  async run({ tx, user, input, audit }) {
    const village = await tx.village.create({ data: await villageData(tx, user, input) });
    audit({ entity: "Village", entityId: village.id, after: village });
    return { id: village.id };
  },
} satisfies ActionDefinition<typeof VillageInput, { id: number }>;

/** The form's fields, by their labels, for the refusal of a save over someone else's. */
const VILLAGE_LABELS = {
  name: "villages.fields.name",
  secretary: "villages.fields.secretary",
  households: "villages.fields.households",
  population: "villages.fields.population",
};

export const updateVillageAction = {
  name: "village.update",
  permission: "registry.write",
  input: VillageUpdateInput,
  async run({ tx, user, input: { id, version, ...input }, audit }) {
    const before = await findVillageInScope(tx, user, id);
    // Moved to another township, its reported activities move with it in the township-keyed aggregates.
    const moved = before.townshipId !== input.townshipId;
    const counted = moved ? await aggregateStates(tx, { pairing: { villageId: id }, ...reportedWhere }) : null;
    const save = async () => updateVersioned<typeof before>(tx, "village", { id, version, data: await villageData(tx, user, input, id), labels: VILLAGE_LABELS });
    // Its pledges move with it in PledgeAggregate.
    const after = moved ? await withPledgeAggregates(tx, { pairing: { villageId: id } }, save) : await save();
    if (counted) await applyActivityChanges(tx, counted, await aggregateStates(tx, { pairing: { villageId: id }, ...reportedWhere }));
    // Where its photos were taken is judged against the village's position.
    if (before.latitude !== after.latitude || before.longitude !== after.longitude) await recheckSettingsWarnings(tx, { pairing: { villageId: id } });
    audit({ entity: "Village", entityId: id, before, after });
    return { id };
  },
} satisfies ActionDefinition<typeof VillageUpdateInput, { id: number }>;

export const deleteVillageAction = {
  name: "village.delete",
  permission: "registry.write",
  input: VillageIdInput,
  async run({ tx, user, input: { id }, audit }) {
    await findVillageInScope(tx, user, id);
    const village = await tx.village.findUnique({
      where: { id },
      include: { _count: { select: { pairings: true, users: true, surveys: true, assessments: true } } },
    });
    if (!village) throw new NotFoundError();
    // A village that is part of the campaign's history stays; the message says what to do instead.
    const counts = village._count;
    if (counts.pairings > 0) throw new UserError("villages.errors.hasPairings", { count: counts.pairings });
    if (counts.users > 0) throw new UserError("villages.errors.hasUsers", { count: counts.users });
    if (counts.surveys > 0 || counts.assessments > 0) throw new UserError("villages.errors.hasRecords");
    const { _count, ...before } = village;
    await tx.village.delete({ where: { id } });
    audit({ entity: "Village", entityId: id, before });
    return { id };
  },
} satisfies ActionDefinition<typeof VillageIdInput, { id: number }>;
