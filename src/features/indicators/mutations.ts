// The indicator catalogue (ADMIN): data, not code, so a new campaign can add its own indicators.
// An indicator that activities already carry keeps its code and its money flag (history would
// change meaning otherwise) and cannot be deleted — it can be deactivated instead.
import type { ActionDefinition } from "@/server/action-core";
import type { Tx } from "@/server/db-client";
import { NotFoundError, UserError } from "@/server/errors";
import { IndicatorActiveInput, IndicatorIdInput, IndicatorInput, IndicatorUpdateInput } from "./schemas";
import { updateVersioned } from "@/server/versioned-update";

/** The form's fields, by their labels, for the refusal of a save over someone else's. */
const INDICATOR_LABELS = {
  code: "indicators.fields.code",
  labelZh: "indicators.fields.labelZh",
  labelEn: "indicators.fields.labelEn",
  unitZh: "indicators.fields.unitZh",
  unitEn: "indicators.fields.unitEn",
  group: "indicators.fields.group",
  sortOrder: "indicators.fields.sortOrder",
};

const CODE = /^[a-z][a-z0-9_]{1,49}$/;

async function checkCode(tx: Tx, code: string, exceptId?: number) {
  if (!CODE.test(code)) throw new UserError("indicators.errors.codeFormat", {}, "code");
  const other = await tx.indicator.findUnique({ where: { code } });
  if (other && other.id !== exceptId) throw new UserError("indicators.errors.codeTaken", { code }, "code");
}

async function usesOf(tx: Tx, id: number) {
  return tx.activityIndicatorValue.count({ where: { indicatorId: id } });
}

export const createIndicatorAction = {
  name: "indicator.create",
  permission: "indicators.write",
  input: IndicatorInput,
  async run({ tx, input, audit }) {
    await checkCode(tx, input.code);
    const indicator = await tx.indicator.create({ data: input });
    audit({ entity: "Indicator", entityId: indicator.id, after: indicator });
    return { id: indicator.id };
  },
} satisfies ActionDefinition<typeof IndicatorInput, { id: number }>;

export const updateIndicatorAction = {
  name: "indicator.update",
  permission: "indicators.write",
  input: IndicatorUpdateInput,
  async run({ tx, input: { id, version, ...input }, audit }) {
    const before = await tx.indicator.findUnique({ where: { id } });
    if (!before) throw new NotFoundError();
    await checkCode(tx, input.code, id);
    if ((input.code !== before.code || input.isMoney !== before.isMoney) && (await usesOf(tx, id)) > 0) {
      throw new UserError("indicators.errors.lockedInUse", {}, input.code !== before.code ? "code" : "isMoney");
    }
    const after = await updateVersioned<typeof before>(tx, "indicator", { id, version, data: input, labels: INDICATOR_LABELS });
    audit({ entity: "Indicator", entityId: id, before, after });
    return { id };
  },
} satisfies ActionDefinition<typeof IndicatorUpdateInput, { id: number }>;

export const setIndicatorActiveAction = {
  name: "indicator.setActive",
  permission: "indicators.write",
  input: IndicatorActiveInput,
  async run({ tx, input: { id, active }, audit }) {
    const before = await tx.indicator.findUnique({ where: { id } });
    if (!before) throw new NotFoundError();
    const after = await tx.indicator.update({ where: { id }, data: { active } });
    audit({ entity: "Indicator", entityId: id, before, after, action: active ? "indicator.activate" : "indicator.deactivate" });
    return { id };
  },
} satisfies ActionDefinition<typeof IndicatorActiveInput, { id: number }>;

export const deleteIndicatorAction = {
  name: "indicator.delete",
  permission: "indicators.write",
  input: IndicatorIdInput,
  async run({ tx, input: { id }, audit }) {
    const before = await tx.indicator.findUnique({ where: { id } });
    if (!before) throw new NotFoundError();
    const uses = await usesOf(tx, id);
    if (uses > 0) throw new UserError("indicators.errors.inUse", { count: uses });
    await tx.indicator.delete({ where: { id } });
    audit({ entity: "Indicator", entityId: id, before });
    return { id };
  },
} satisfies ActionDefinition<typeof IndicatorIdInput, { id: number }>;
