// What each pairing action does, on the one mutation path (server/action-core.ts). Exported as
// server actions from actions.ts; database tests run these definitions directly.
// One active pairing per (unit, village) in a campaign: activeKey is "unitId:villageId" while ACTIVE
// and null once ENDED, and unique with the campaign, so the database refuses a second active pair
// in one campaign even if two requests race, while a later round may pair them again; the checks
// below come first so the user gets a clear message next to the field.
import type { ActionDefinition } from "@/server/action-core";
import type { Tx } from "@/server/db-client";
import { NotFoundError, UserError } from "@/server/errors";
import { findPairingInScope, writableCampaigns, writablePairings, writableUnits, writableVillages, type Writer } from "@/server/scope";
import { todayInShanghai } from "@/domain/days";
import { currentCampaignWhere } from "@/features/campaigns";
import { EndPairingInput, PairingIdInput, PairingInput, PairingUpdateInput } from "./schemas";
import { updateVersioned } from "@/server/versioned-update";

/** The form's fields, by their labels, for the refusal of a save over someone else's. */
const PAIRING_LABELS = {
  startDate: "pairings.fields.startDate",
  endDate: "pairings.fields.endDate",
  goals: "pairings.fields.goals",
  contactLeaderName: "pairings.fields.contactLeaderName",
};

function activeKeyOf(unitId: number, villageId: number) {
  return `${unitId}:${villageId}`;
}

/** `field`: where the form shows the message (reopening has no form: the message stands alone). */
async function assertNoOtherActive(tx: Tx, campaignId: number, unitId: number, villageId: number, field?: string) {
  const other = await tx.pairing.findUnique({
    where: { campaignId_activeKey: { campaignId, activeKey: activeKeyOf(unitId, villageId) } },
    include: { unit: { select: { name: true } }, village: { select: { name: true } }, campaign: { select: { name: true } } },
  });
  if (other) throw new UserError("pairings.errors.activeExists", { unit: other.unit.name, village: other.village.name, campaign: other.campaign.name }, field);
}

/**
 * The campaign the form chose, or the current one of the department's own region; another region's
 * campaign is "not found" as a whole (a pairing joins its own region's campaign), a missing one or
 * none at all is a message beside the field.
 */
async function campaignFor(tx: Tx, user: Writer, campaignId: number | undefined): Promise<number> {
  if (campaignId === undefined) {
    const current = await currentCampaignWhere(tx, writableCampaigns(user), todayInShanghai());
    if (!current) throw new UserError("pairings.errors.campaignMissing", {}, "campaignId");
    return current.id;
  }
  const found = await tx.campaign.findUnique({ where: { id: campaignId }, select: { id: true } });
  if (!found) throw new UserError("pairings.errors.campaignMissing", {}, "campaignId");
  if (!(await tx.campaign.count({ where: { id: campaignId, ...writableCampaigns(user) } }))) throw new NotFoundError();
  return found.id;
}

async function assertLeader(tx: Tx, contactLeaderId: number | undefined) {
  if (contactLeaderId === undefined) return;
  const leader = await tx.user.findUnique({ where: { id: contactLeaderId }, select: { role: true, active: true } });
  if (!leader || leader.role !== "LEADER" || !leader.active) throw new UserError("pairings.errors.notALeader", {}, "contactLeaderId");
}

function contactLeaderData(input: { contactLeaderId?: number; contactLeaderName: string }) {
  return { contactLeaderId: input.contactLeaderId ?? null, contactLeaderName: input.contactLeaderName };
}

export const createPairingAction = {
  name: "pairing.create",
  permission: "pairings.write",
  input: PairingInput,
  async run({ tx, user, input, audit }) {
    // Both of the department's own region: a pairing never crosses regions, so its unit's region is its own.
    const [unit, village] = await Promise.all([
      tx.unit.findFirst({ where: { id: input.unitId, ...writableUnits(user) }, select: { id: true } }),
      tx.village.findFirst({ where: { id: input.villageId, ...writableVillages(user) }, select: { id: true } }),
    ]);
    // Another region's unit or village is "not found" as a whole; a missing one is said at its field.
    const [anyUnit, anyVillage] = await Promise.all([tx.unit.count({ where: { id: input.unitId } }), tx.village.count({ where: { id: input.villageId } })]);
    if ((!unit && anyUnit > 0) || (!village && anyVillage > 0)) throw new NotFoundError();
    if (!unit) throw new UserError("pairings.errors.unitMissing", {}, "unitId");
    if (!village) throw new UserError("pairings.errors.villageMissing", {}, "villageId");
    const campaignId = await campaignFor(tx, user, input.campaignId);
    await assertNoOtherActive(tx, campaignId, input.unitId, input.villageId, "villageId");
    await assertLeader(tx, input.contactLeaderId);
    const pairing = await tx.pairing.create({
      data: {
        campaignId,
        unitId: input.unitId,
        villageId: input.villageId,
        startDate: input.startDate,
        goals: input.goals,
        status: "ACTIVE",
        activeKey: activeKeyOf(input.unitId, input.villageId),
        ...contactLeaderData(input),
      },
    });
    audit({ entity: "Pairing", entityId: pairing.id, after: pairing });
    return { id: pairing.id };
  },
} satisfies ActionDefinition<typeof PairingInput, { id: number }>;

export const updatePairingAction = {
  name: "pairing.update",
  permission: "pairings.write",
  input: PairingUpdateInput,
  async run({ tx, user, input: { id, version, ...input }, audit }) {
    const before = await findPairingInScope(tx, user, id);
    await assertLeader(tx, input.contactLeaderId);
    // An active pairing has no end date; an ended one must keep one.
    const endDate = before.status === "ENDED" ? input.endDate : null;
    if (before.status === "ENDED" && !endDate) throw new UserError("pairings.errors.endDateRequired", {}, "endDate");
    const after = await updateVersioned<typeof before>(tx, "pairing", {
      id,
      version,
      data: { startDate: input.startDate, endDate, goals: input.goals, ...contactLeaderData(input) },
      labels: PAIRING_LABELS,
    });
    audit({ entity: "Pairing", entityId: id, before, after });
    return { id };
  },
} satisfies ActionDefinition<typeof PairingUpdateInput, { id: number }>;

export const endPairingAction = {
  name: "pairing.end",
  permission: "pairings.write",
  input: EndPairingInput,
  async run({ tx, user, input: { id, endDate }, audit }) {
    const before = await findPairingInScope(tx, user, id);
    if (before.status === "ENDED") throw new UserError("pairings.errors.alreadyEnded");
    if (endDate < before.startDate) throw new UserError("pairings.validation.endBeforeStart", {}, "endDate");
    if (endDate.getTime() > Date.now()) throw new UserError("pairings.errors.endInFuture", {}, "endDate");
    const after = await tx.pairing.update({ where: { id }, data: { status: "ENDED", endDate, activeKey: null } });
    audit({ entity: "Pairing", entityId: id, before, after });
    return { id };
  },
} satisfies ActionDefinition<typeof EndPairingInput, { id: number }>;

export const reopenPairingAction = {
  name: "pairing.reopen",
  permission: "pairings.write",
  input: PairingIdInput,
  async run({ tx, user, input: { id }, audit }) {
    const before = await findPairingInScope(tx, user, id);
    if (before.status === "ACTIVE") throw new UserError("pairings.errors.alreadyActive");
    await assertNoOtherActive(tx, before.campaignId, before.unitId, before.villageId);
    const after = await tx.pairing.update({
      where: { id },
      data: { status: "ACTIVE", endDate: null, activeKey: activeKeyOf(before.unitId, before.villageId) },
    });
    audit({ entity: "Pairing", entityId: id, before, after });
    return { id };
  },
} satisfies ActionDefinition<typeof PairingIdInput, { id: number }>;

export const deletePairingAction = {
  name: "pairing.delete",
  permission: "pairings.write",
  input: PairingIdInput,
  async run({ tx, user, input: { id }, audit }) {
    const pairing = await tx.pairing.findFirst({
      where: { id, ...writablePairings(user) },
      include: { _count: { select: { activities: true, pledges: true, leaderVisits: true, inspections: true, rectifications: true } } },
    });
    if (!pairing) throw new NotFoundError();
    // A pairing with a ledger is history: it is ended, never deleted.
    const records = Object.values(pairing._count).reduce((sum, n) => sum + n, 0);
    if (records > 0) throw new UserError("pairings.errors.hasRecords", { count: records });
    const { _count, ...before } = pairing;
    await tx.pairing.delete({ where: { id } });
    audit({ entity: "Pairing", entityId: id, before });
    return { id };
  },
} satisfies ActionDefinition<typeof PairingIdInput, { id: number }>;
