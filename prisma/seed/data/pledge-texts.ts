// Pledges (承诺事项) as party members and organizations made them, each with the evidence of its
// fulfilment (践诺), and the organization department's review comments (评诺).
export type PledgeText = { content: string; evidence: string };

/** Pledges an individual party member makes. {village}: the paired village. */
export const MEMBER_PLEDGES: PledgeText[] = [
  { content: "资助{village}一名贫困学生完成本学年学业", evidence: "已资助学费和生活费1500元，村委会出具证明。" },
  { content: "与{village}一户贫困户结成帮扶对子，帮助其发展庭院经济", evidence: "帮助购买仔猪3头、鸡雏100只，年底户增收3000余元。" },
  { content: "每月到{village}走访联系户不少于一次", evidence: "全年入户走访14次，走访记录附在共建台帐。" },
  { content: "为{village}群众代办新农合报销等事项", evidence: "累计代办报销及参保手续9件，附代办登记簿。" },
  { content: "帮助{village}一名入党积极分子提高思想认识", evidence: "定期谈心6次，该同志已被列为发展对象。" },
  { content: "为{village}种植户联系优质种子化肥", evidence: "联系优质水稻种子2000斤，化肥按出厂价供应。" },
  { content: "帮助{village}留守儿童解决学习用品", evidence: "为8名留守儿童送去书包、文具，家长签收。" },
  { content: "为{village}致富带头人提供市场信息", evidence: "通过短信发送行情信息30余条，帮助销售木耳2吨。" },
  { content: "帮助{village}孤寡老人解决冬季取暖", evidence: "送去煤炭2吨，帮助修缮火炕、火墙。" },
  { content: "为{village}一名返乡青年联系就业岗位", evidence: "已在本市木业公司就业，签订劳动合同。" },
];

/** Pledges a unit's or a village's party organization makes. */
export const ORGANIZATION_PLEDGES: PledgeText[] = [
  { content: "帮助{village}硬化村屯道路1.5公里", evidence: "道路硬化工程已完工，经乡镇验收合格。" },
  { content: "为{village}党员活动室配备电脑和远程教育设备", evidence: "已配备电脑2台、投影仪1台，投入使用。" },
  { content: "帮助{village}建成一处文化活动广场", evidence: "广场已建成，配套健身器材8件。" },
  { content: "年内为{village}组织科技培训不少于3次", evidence: "已组织培训4次，培训农民260人次，附签到表。" },
  { content: "帮助{village}组建一个专业合作社", evidence: "合作社已完成工商登记，入社农户42户。" },
  { content: "春耕前为{village}协调解决农资和贷款", evidence: "协调贷款及农资赊销，保障春耕顺利进行。" },
  { content: "帮助{village}修缮村小学校舍", evidence: "完成校舍屋面维修和门窗更换，师生已正常使用。" },
  { content: "为{village}安装路灯，解决群众夜间出行难", evidence: "已安装太阳能路灯20盏，全部亮灯。" },
  { content: "帮助{village}制定村级经济发展规划", evidence: "规划经村民代表会议讨论通过，已上墙公示。" },
  { content: "每季度与{village}召开一次共建联席会议", evidence: "全年召开联席会议4次，会议记录完整。" },
];

export const REVIEW_COMMENTS = {
  GOOD: ["践诺及时，效果明显，群众满意。", "承诺事项落实到位，资料齐全，群众评价好。"],
  FAIRLY_GOOD: ["按期完成，效果较好。", "基本按承诺兑现，群众较为满意。"],
  AVERAGE: ["基本完成，但佐证资料不够完整。", "完成时间有所拖后，需加强跟踪。"],
  POOR: ["完成质量不高，群众反映一般，需改进。"],
} as const;
