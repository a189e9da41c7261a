// 民主测评: the organization department types one township's paper forms into one table — per
// village the respondents and the two satisfied counts. Satisfied never exceeds respondents (each
// refused beside its cell). A row left blank removes that village from the round.
import { writableTownships } from "@/server/scope";
import type { ActionDefinition } from "@/server/action-core";
import { NotFoundError, UserError } from "@/server/errors";
import { fromShanghaiDay, startOfShanghaiDay } from "@/lib/dates";
import { SurveyTownshipInput } from "./schemas";

const monthRange = (round: string) => {
  const [y, m] = round.split("-").map(Number);
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
  return { start: fromShanghaiDay(`${round}-01`), end: fromShanghaiDay(`${next}-01`) };
};

export const saveSurveyTownshipAction = {
  name: "survey.saveTownship",
  permission: "surveys.write",
  input: SurveyTownshipInput,
  async run({ tx, user, input, audit }) {
    const township = await tx.township.findFirst({ where: { id: input.townshipId, ...writableTownships(user) }, include: { villages: { select: { id: true } } } });
    if (!township) throw new NotFoundError();
    const { start, end } = monthRange(input.round);
    if (input.takenOn < start || input.takenOn >= end) throw new UserError("surveys.validation.takenOutsideRound", { round: input.round }, "takenOn");
    if (input.takenOn > startOfShanghaiDay(new Date())) throw new UserError("surveys.validation.futureDate", {}, "takenOn");
    const villageIds = new Set(township.villages.map((v) => v.id));
    for (const id of Object.keys(input.rows)) {
      if (!villageIds.has(Number(id))) throw new UserError("surveys.validation.villageElsewhere");
    }
    const before = await tx.survey.findMany({ where: { period: input.round, villageId: { in: [...villageIds] } }, orderBy: { villageId: "asc" } });
    for (const [id, row] of Object.entries(input.rows)) {
      const villageId = Number(id);
      const key = { villageId_period: { villageId, period: input.round } };
      if (row.respondents === undefined) {
        await tx.survey.deleteMany({ where: { villageId, period: input.round } });
        continue;
      }
      const counts = { respondents: row.respondents, satisfiedVillageOrg: row.satisfiedVillageOrg!, satisfiedPairing: row.satisfiedPairing!, takenOn: input.takenOn };
      await tx.survey.upsert({ where: key, create: { villageId, period: input.round, ...counts }, update: counts });
    }
    const after = await tx.survey.findMany({ where: { period: input.round, villageId: { in: [...villageIds] } }, orderBy: { villageId: "asc" } });
    audit({ entity: "SurveyTownship", entityId: `${input.round}:${township.id}`, before, after });
    return { round: input.round, townshipId: township.id, villages: after.length };
  },
} satisfies ActionDefinition<typeof SurveyTownshipInput, { round: string; townshipId: number; villages: number }>;
