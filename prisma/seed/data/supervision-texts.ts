// Texts of the supervision records: leaders' visits to their contact points, the 16 inspections of
// the campaign (dates, kinds, findings) and the rectification items they raised.
export const VISIT_NOTES = [
  "听取共建双方工作汇报，实地察看{village}村级活动场所，要求{unit}把帮扶措施落到实处。",
  "走访{village}贫困户和党员示范户，了解共建承诺兑现情况，强调要把群众满意作为检验共建成效的标准。",
  "到{village}查看共建台帐，肯定了{unit}在产业帮扶上的做法，要求进一步建立长效机制。",
  "与{village}“两委”班子座谈，就村级集体经济发展和党员队伍建设提出具体意见。",
  "察看{village}产业项目进展情况，要求{unit}在资金、技术、信息上给予支持。",
  "在{village}主持召开共建工作座谈会，协调解决饮水和道路建设中的困难。",
];

export type RectificationPlan = {
  /** Index into RECTIFICATION_TEXTS. */
  problem: number;
  /** Due this many days after the inspection. */
  dueDays: number;
  status: "OPEN" | "IN_PROGRESS" | "CLOSED";
  /** CLOSED: closed this many days after the inspection. */
  closedDays?: number;
};

export type InspectionPlan = {
  day: string;
  kind: "PATROL" | "FOLLOW_UP" | "SPECIAL";
  findings: string;
  rectifications: RectificationPlan[];
};

const closed = (problem: number, dueDays: number, closedDays: number): RectificationPlan => ({ problem, dueDays, status: "CLOSED", closedDays });

// Early problems were closed; two raised in June and July 2011 are overdue at the end of August,
// and the last ones are still within their time limit.
export const INSPECTION_PLANS: InspectionPlan[] = [
  { day: "2010-07-14", kind: "PATROL", findings: "各共建对子均已召开首次联席会议，签订共建协议；部分单位共建方案针对性不强。", rectifications: [closed(1, 30, 21)] },
  {
    day: "2010-08-18",
    kind: "SPECIAL",
    findings: "共建工作台帐专项检查：多数单位台帐记录规范，个别单位缺少活动照片和签到表，慰问金签收手续不全。",
    rectifications: [closed(0, 30, 25), closed(0, 30, 28), closed(4, 20, 12)],
  },
  { day: "2010-09-15", kind: "PATROL", findings: "中秋节前走访慰问工作普遍开展，慰问金发放手续基本齐全。", rectifications: [] },
  { day: "2010-10-20", kind: "FOLLOW_UP", findings: "对台帐专项检查发现的问题进行跟踪督办，大部分已整改到位；个别对子联席会议未按季度召开。", rectifications: [closed(3, 30, 18)] },
  { day: "2010-11-24", kind: "PATROL", findings: "冬季农闲培训已陆续开展；部分对子帮扶联系次数偏少。", rectifications: [closed(5, 45, 40)] },
  { day: "2010-12-22", kind: "SPECIAL", findings: "党员承诺事项专项督查：承诺公示普遍到位，部分承诺内容笼统、难以量化。", rectifications: [closed(2, 60, 50), closed(2, 60, 55)] },
  { day: "2011-01-19", kind: "PATROL", findings: "联合民主生活会普遍召开，会前征求意见较充分。", rectifications: [] },
  { day: "2011-03-09", kind: "FOLLOW_UP", findings: "跟踪督办承诺事项整改，承诺内容已细化到时限和责任人。", rectifications: [] },
  { day: "2011-04-13", kind: "SPECIAL", findings: "春耕生产服务专项督查：各单位在农资、贷款、技术服务上作用明显；个别台帐更新不及时。", rectifications: [closed(0, 30, 20)] },
  { day: "2011-05-11", kind: "PATROL", findings: "发展规划落实进度不一，个别村规划项目尚未启动。", rectifications: [closed(6, 45, 38), closed(6, 45, 44)] },
  { day: "2011-05-25", kind: "FOLLOW_UP", findings: "对发展规划落实滞后的对子进行跟踪督办。", rectifications: [closed(6, 30, 26)] },
  {
    day: "2011-06-15",
    kind: "PATROL",
    findings: "部分对子共建活动偏少，近期无活动记录，需加强联系。",
    rectifications: [{ problem: 7, dueDays: 30, status: "OPEN" }, closed(7, 30, 20)],
  },
  {
    day: "2011-07-06",
    kind: "SPECIAL",
    findings: "配合民主测评开展专项检查，群众对共建工作总体满意；个别帮扶对子联系不经常。",
    rectifications: [{ problem: 5, dueDays: 40, status: "IN_PROGRESS" }],
  },
  { day: "2011-07-27", kind: "FOLLOW_UP", findings: "跟踪督办活动偏少对子的整改情况，部分单位已制定补救计划。", rectifications: [{ problem: 7, dueDays: 40, status: "IN_PROGRESS" }] },
  { day: "2011-08-10", kind: "PATROL", findings: "承诺事项践诺进度检查，仍有部分承诺未按期完成。", rectifications: [{ problem: 2, dueDays: 45, status: "OPEN" }] },
  { day: "2011-08-24", kind: "SPECIAL", findings: "年度考核前台帐规范化专项检查，要求9月中旬前补齐资料。", rectifications: [{ problem: 0, dueDays: 20, status: "OPEN" }] },
];

/** A problem an inspection raised, and how it was closed when it was. */
export const RECTIFICATION_TEXTS: { description: string; closureNote: string }[] = [
  { description: "共建台帐记录不完整，缺少活动照片和签到表", closureNote: "已补齐活动照片和签到表，台帐按月装订。" },
  { description: "共建方案针对性不强，未结合村情细化任务", closureNote: "已重新修订共建方案，任务细化到项目和责任人。" },
  { description: "承诺事项内容笼统，难以量化考核", closureNote: "承诺内容已细化，明确了完成时限和衡量标准。" },
  { description: "联席会议未按季度召开", closureNote: "已补开联席会议，并制定年度会议计划。" },
  { description: "慰问金发放签收手续不全", closureNote: "已补齐受助户签字和村委会证明。" },
  { description: "帮扶对子联系不经常，帮扶措施不具体", closureNote: "已制定帮扶计划，党员每月入户不少于一次。" },
  { description: "发展规划项目推进缓慢", closureNote: "已召开专题会议，项目进入实施阶段。" },
  { description: "共建活动开展偏少，近期无活动记录", closureNote: "已制定补救活动计划，并已开展共建活动3次。" },
];
