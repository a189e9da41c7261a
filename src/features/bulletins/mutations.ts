// 简报通报: ADMIN generates a draft for a campaign and period in one click, edits its texts, publishes
// it (it is then numbered 第N期 among its campaign's bulletins, dated and read by leaders, and never
// changes) or deletes the draft. All of it only for a campaign of the department's own region: a
// prefecture reads its counties' bulletins, it does not write them.
import { pairingScope } from "@/domain/visibility";
import { writableCampaigns, writableTownships, type Writer } from "@/server/scope";
import { formatRate } from "@/domain/format";
import { translatorFor } from "@/i18n/translator";
import type { ActionDefinition } from "@/server/action-core";
import type { Tx } from "@/server/db-client";
import { NotFoundError, UserError } from "@/server/errors";
import { fromShanghaiDay } from "@/lib/dates";
import { type BulletinContent, BulletinIdInput, type BulletinTexts, BulletinTextsInput, GenerateBulletinInput, parseContent } from "./content";
import { generateContent } from "./generate";
import { periodText } from "./period-text";
import { updateVersioned } from "@/server/versioned-update";

// A bulletin is an official document in Chinese, whatever language its editor's screens are in.
const zh = translatorFor("zh-CN");

function defaultTexts(): BulletinTexts {
  return { issuer: zh("bulletins.defaults.issuer"), summary: "", closing: zh("bulletins.defaults.closing"), distribution: zh("bulletins.defaults.distribution") };
}

/** The opening paragraph, written from the figures; the department rewrites it as it sees fit. */
export function defaultSummary(c: BulletinContent): string {
  const f = c.figures;
  return zh("bulletins.defaults.summary", {
    period: periodText(c.period),
    where: c.townshipName ?? zh("bulletins.defaults.wholeCity"),
    pairings: f.pairingsInEffect,
    verified: f.verified,
    confirmed: f.confirmed,
    pending: f.pending,
    pledges: f.pledges,
    fulfilled: f.pledgesFulfilled,
    rate: formatRate(f.pledgesFulfilled, f.pledges),
    open: f.openRectifications,
  });
}

export const generateBulletinAction = {
  name: "bulletin.generate",
  permission: "bulletins.write",
  input: GenerateBulletinInput,
  async run({ tx, user, input, audit }) {
    // The department's own region and campaign: nothing of another region is counted.
    const filter = { scope: pairingScope(user), campaignId: input.campaignId, townshipId: input.townshipId, period: { from: input.from, to: input.to } };
    if (input.townshipId && !(await tx.township.findFirst({ where: { id: input.townshipId, ...writableTownships(user) } }))) throw new NotFoundError();
    if (!(await tx.campaign.findFirst({ where: { id: input.campaignId, ...writableCampaigns(user) } }))) throw new NotFoundError();
    const generated = await generateContent(tx, filter, defaultTexts());
    const content = { ...generated, summary: defaultSummary(generated) };
    const title = zh("bulletins.defaults.title", { period: periodText(content.period), where: content.townshipName ?? "" });
    const bulletin = await tx.bulletin.create({
      data: {
        campaignId: input.campaignId,
        title,
        periodStart: fromShanghaiDay(input.from),
        periodEnd: fromShanghaiDay(input.to),
        townshipId: input.townshipId ?? null,
        content: JSON.stringify(content),
        createdById: user.id,
      },
    });
    audit({ entity: "Bulletin", entityId: bulletin.id, after: bulletin });
    return { id: bulletin.id };
  },
} satisfies ActionDefinition<typeof GenerateBulletinInput, { id: number }>;

/** A draft of a campaign of the department's own region; another's is "not found". */
async function findDraft(tx: Tx, user: Writer, id: number) {
  const bulletin = await tx.bulletin.findFirst({ where: { id, campaign: writableCampaigns(user) } });
  if (!bulletin) throw new NotFoundError();
  if (bulletin.status !== "DRAFT") throw new UserError("bulletins.errors.published");
  return bulletin;
}

export const updateBulletinAction = {
  name: "bulletin.update",
  permission: "bulletins.write",
  input: BulletinTextsInput,
  async run({ tx, user, input: { id, version, title, ...texts }, audit }) {
    const before = await findDraft(tx, user, id);
    const content = JSON.stringify({ ...parseContent(before.content), ...texts });
    // Only while still a draft: a publish in between wins.
    const after = await updateVersioned(tx, "bulletin", {
      id,
      version,
      data: { title, content },
      labels: { title: "bulletins.edit.fields.title" },
      where: { status: "DRAFT" },
      notInState: () => new UserError("bulletins.errors.published"),
    });
    audit({ entity: "Bulletin", entityId: id, before, after });
    return { id };
  },
} satisfies ActionDefinition<typeof BulletinTextsInput, { id: number }>;

export const publishBulletinAction = {
  name: "bulletin.publish",
  permission: "bulletins.write",
  input: BulletinIdInput,
  async run({ tx, user, input: { id }, audit }) {
    const before = await findDraft(tx, user, id);
    // 第N期 counts within the campaign; (campaignId, number) is unique, so two at once cannot share one.
    const last = await tx.bulletin.aggregate({ where: { campaignId: before.campaignId }, _max: { number: true } });
    const number = (last._max.number ?? 0) + 1;
    const { count } = await tx.bulletin.updateMany({ where: { id, status: "DRAFT" }, data: { status: "PUBLISHED", number, publishedAt: new Date() } });
    if (count !== 1) throw new UserError("bulletins.errors.published");
    audit({ entity: "Bulletin", entityId: id, before, after: await tx.bulletin.findUniqueOrThrow({ where: { id } }) });
    return { id, number };
  },
} satisfies ActionDefinition<typeof BulletinIdInput, { id: number; number: number }>;

export const deleteBulletinAction = {
  name: "bulletin.delete",
  permission: "bulletins.write",
  input: BulletinIdInput,
  async run({ tx, user, input: { id }, audit }) {
    const before = await findDraft(tx, user, id);
    const { count } = await tx.bulletin.deleteMany({ where: { id, status: "DRAFT" } });
    if (count !== 1) throw new UserError("bulletins.errors.published");
    audit({ entity: "Bulletin", entityId: id, before });
    return { id };
  },
} satisfies ActionDefinition<typeof BulletinIdInput, { id: number }>;
