// Words of the review workflow: why a liaison's entry was sent back, and what a village secretary
// wrote when disputing (有异议) an entry reported for the village.
import type { IndicatorCode } from "../source-figures";

/** A reason naming an indicator is only given for entries that carry it. */
export const RETURN_REASONS: { text: string; indicator?: IndicatorCode }[] = [
  { text: "慰问金发放缺少签收名单，请补充后重新提交。", indicator: "condolence_money" },
  { text: "代理服务项数应按实际办结件数填写，请修改。", indicator: "proxy_services" },
  { text: "转移劳动力人数请附务工合同或用工单位证明。", indicator: "labour_transferred" },
  { text: "活动照片与活动内容不符，请核实后修改。" },
  { text: "参加人数与签到表不一致，请核对。" },
  { text: "活动描述过于简单，请补充具体内容和成效。" },
];

export const DISPUTE_COMMENTS = [
  "实际走访户数与台帐不符，请单位核实。",
  "村里未收到该笔资金的拨付凭证。",
  "活动当天村党员实际参加人数较少。",
  "所列问题有一件尚未解决完毕。",
];
