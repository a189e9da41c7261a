// 督查: the organization department records an inspection (date, kind, inspectors, the pairings it
// covered, findings) and raises rectification items (整改事项) against pairings it covered.
import type { ActionDefinition } from "@/server/action-core";
import { NotFoundError, UserError } from "@/server/errors";
import { shanghaiDay, startOfShanghaiDay } from "@/lib/dates";
import { writablePairings } from "@/server/scope";
import { InspectionInput, RectificationInput } from "./schemas";

export const createInspectionAction = {
  name: "inspection.create",
  permission: "supervision.write",
  input: InspectionInput,
  async run({ tx, user, input, audit }) {
    if (input.date > startOfShanghaiDay(new Date())) throw new UserError("supervision.validation.futureDate", {}, "date");
    const pairingIds = [...new Set(input.pairingIds)];
    // Only the department's own region's pairings: another region's are "not found", as a whole.
    const [found, existing] = await Promise.all([tx.pairing.count({ where: { id: { in: pairingIds }, ...writablePairings(user) } }), tx.pairing.count({ where: { id: { in: pairingIds } } })]);
    if (found !== existing) throw new NotFoundError();
    if (found !== pairingIds.length) throw new UserError("supervision.validation.pairingsUnknown", {}, "pairingIds");
    const inspection = await tx.inspection.create({
      data: {
        date: input.date,
        kind: input.kind,
        inspectors: input.inspectors,
        findings: input.findings,
        pairings: { create: pairingIds.map((pairingId) => ({ pairingId })) },
      },
    });
    audit({ entity: "Inspection", entityId: inspection.id, after: { ...inspection, pairingIds } });
    return { id: inspection.id };
  },
} satisfies ActionDefinition<typeof InspectionInput, { id: number }>;

export const createRectificationAction = {
  name: "rectification.create",
  permission: "supervision.write",
  input: RectificationInput,
  async run({ tx, user, input, audit }) {
    // An inspection lies in the region of the pairings it covered.
    const inspection = await tx.inspection.findFirst({ where: { id: input.inspectionId, pairings: { every: { pairing: writablePairings(user) } } }, include: { pairings: { select: { pairingId: true } } } });
    if (!inspection) throw new NotFoundError();
    // An item is raised against a pairing the inspection looked at: its responsible unit is that pairing's unit.
    if (!inspection.pairings.some((p) => p.pairingId === input.pairingId)) throw new UserError("supervision.validation.pairingNotCovered", {}, "pairingId");
    if (input.dueDate < inspection.date) {
      throw new UserError("supervision.validation.dueBeforeInspection", { date: shanghaiDay(inspection.date) }, "dueDate");
    }
    const item = await tx.rectification.create({
      data: { inspectionId: inspection.id, pairingId: input.pairingId, description: input.description, dueDate: input.dueDate, status: "OPEN" },
    });
    audit({ entity: "Rectification", entityId: item.id, after: item });
    return { id: item.id };
  },
} satisfies ActionDefinition<typeof RectificationInput, { id: number }>;
