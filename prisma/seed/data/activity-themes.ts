// Kinds of ledger entries (台帐) the demo generates, one list per content area. Each theme says
// which indicator totals of the source report its activities share, who typically does the work
// and when, and how its entries read. Placeholders: {unit} {village} {township} {topic} {title},
// {n} and {n2} (the activity's indicator values), {money} and {money2} (the same, as 元/万元),
// {up} and {vp} (unit and village participants), {k} (a small incidental count).
import type { ContentAreaCode } from "@/lib/content-areas";
import type { IndicatorCode } from "../source-figures";

export type DayWindow = readonly [from: string, to: string];

export type ActivityTheme = {
  key: string;
  area: ContentAreaCode;
  /** Indicators whose totals are split over this theme's activities, one part of each per activity. */
  splits: { code: IndicatorCode; step?: number }[];
  /** How many activities: a number, one for every pairing, or one for every pairing still active at the close. */
  count: number | "perPairing" | "perAwakePairing";
  /** Units whose line of work fits the theme are picked six times as often. */
  prefer?: RegExp;
  /** Periods the activities fall in (picked evenly); the whole campaign when absent. */
  windows?: DayWindow[];
  /** The pairing's first joint meeting: everything else comes a few weeks after it. */
  opensPairing?: true;
  /** Whether these activities also count towards 做实事好事. */
  goodDeeds: boolean;
  titles: string[];
  descriptions: string[];
  places: string[];
  topics?: string[];
  participants: { unit: [number, number]; village: [number, number] };
};

// Seasons of rural Heilongjiang: summer field work, the winter slack season (冬闲), spring ploughing.
const SUMMER_2010: DayWindow = ["2010-06-15", "2010-09-20"];
const WINTER_SLACK: DayWindow = ["2010-11-15", "2011-03-10"];
const SPRING_PLOUGHING: DayWindow = ["2011-03-10", "2011-05-20"];
const SUMMER_2011: DayWindow = ["2011-06-01", "2011-08-31"];
const MID_AUTUMN: DayWindow = ["2010-09-08", "2010-09-22"];
const SPRING_FESTIVAL: DayWindow = ["2011-01-10", "2011-02-10"];
const CAMPAIGN: DayWindow = ["2010-06-01", "2011-08-31"];

const AGRICULTURE = /农业|畜牧|农机|林业|科学技术|科协|气象|水务/;
const FUNDING = /发展和改革|财政|扶贫|交通|水务|住房|国土|农业|林业/;
const BANKING = /银行|信用|农业局|财政|扶贫|保险/;
const JOBS = /人力资源|社会保险|总工会|妇联|团市委|政务服务|职业技术/;

export const ACTIVITY_THEMES: ActivityTheme[] = [
  // ── 组织生活联过 ──────────────────────────────────────────────
  {
    key: "founding",
    area: "ORG_LIFE",
    splits: [{ code: "joint_meeting_mechanisms" }],
    count: "perPairing",
    opensPairing: true,
    windows: [["2010-06-01", "2010-06-25"]],
    goodDeeds: false,
    titles: ["{unit}与{village}召开共建联席会议", "“百局联百村”共建启动暨首次联席会议", "共建双方建立联席会议制度"],
    descriptions: [
      "{unit}党组织负责人带领{up}名党员到{village}，与村“两委”班子召开首次共建联席会议，通报共建实施方案，商定每季度召开一次联席会议，共同研究村级发展和组织建设中的重要事项。",
      "双方签订共建协议，建立联席会议制度，明确联络员和共建任务清单，围绕“六联六共”逐项分解到人。{village}党员群众代表{vp}人列席。",
    ],
    places: ["{village}村委会会议室", "{village}党员活动室"],
    participants: { unit: [3, 8], village: [8, 20] },
  },
  {
    key: "systems",
    area: "ORG_LIFE",
    splits: [{ code: "systems_established" }],
    count: 9,
    windows: [["2010-06-20", "2010-12-31"]],
    goodDeeds: false,
    titles: ["共同健全{topic}", "{unit}帮助{village}完善{topic}"],
    descriptions: [
      "双方党组织共同研究，结合{village}实际修订完善以{topic}为主的各项制度{n}项，印发到每名党员，并在村务公开栏公示。",
      "{unit}组织党务骨干到{village}，逐条梳理村级现有制度，健全{topic}等制度{n}项，装订成册，上墙公示。",
    ],
    places: ["{village}村委会会议室"],
    topics: ["村务公开制度", "党员议事制度", "“三会一课”制度", "村级财务管理制度", "共建工作台帐制度", "党员联系户制度", "民主评议党员制度", "“四议两公开”工作制度"],
    participants: { unit: [2, 6], village: [5, 12] },
  },
  {
    key: "democratic",
    area: "ORG_LIFE",
    splits: [{ code: "joint_democratic_meetings" }],
    count: "perPairing",
    windows: [["2010-12-01", "2011-01-28"]],
    goodDeeds: false,
    titles: ["{unit}与{village}党支部联合召开民主生活会", "共建双方联合召开年度民主生活会"],
    descriptions: [
      "{unit}党组织班子成员与{village}村“两委”班子联合召开民主生活会，围绕共建任务落实情况开展批评与自我批评，征求村民意见建议{k}条，逐条明确整改责任人和时限。",
      "会前双方分头征求党员群众意见{k}条；会上班子成员逐一对照检查，共同查找共建工作中的不足，研究确定来年共建重点。",
    ],
    places: ["{village}村委会会议室", "{unit}会议室"],
    participants: { unit: [4, 9], village: [6, 14] },
  },
  {
    // The quarterly joint meeting of summer 2011: every pairing still at work holds one, so only
    // the pairings that fell silent show up as dormant at the campaign's close.
    key: "summer_meeting",
    area: "ORG_LIFE",
    splits: [],
    count: "perAwakePairing",
    windows: [["2011-07-04", "2011-08-26"]],
    goodDeeds: false,
    titles: ["{unit}与{village}召开第三季度共建联席会议", "共建双方召开联席会议总结上半年共建工作"],
    descriptions: [
      "双方回顾上半年共建任务和承诺事项完成情况，{unit}通报下半年帮扶计划，村“两委”提出需要协调解决的事项{k}件。",
      "{unit}党组织负责人带队到{village}召开联席会议，逐项对照共建协议检查落实情况，研究秋收前后的共建重点。",
    ],
    places: ["{village}村委会会议室"],
    participants: { unit: [3, 8], village: [6, 15] },
  },
  {
    key: "party_day",
    area: "ORG_LIFE",
    splits: [{ code: "party_org_activities" }],
    count: 36,
    goodDeeds: false,
    titles: ["联合开展“{topic}”主题党日活动", "{unit}党员到{village}过组织生活", "共建双方联合上党课：{topic}"],
    descriptions: [
      "{unit}机关党支部{up}名党员与{village}党员{vp}人一起过组织生活，围绕“{topic}”学习讨论，交流共建体会，共开展党组织活动{n}场次。",
      "双方党组织联合开展组织生活，{unit}党员与村党员同学习、同讨论，重温入党誓词，围绕“{topic}”谈认识、找差距。",
    ],
    places: ["{village}党员活动室", "{village}村委会会议室", "{unit}党员活动室"],
    topics: ["创先争优 共建共享", "学党章 守党纪 做合格党员", "服务三农 争当先锋", "党员公开承诺 接受群众监督", "城乡携手 共创齐争", "重温入党誓词 牢记党员身份"],
    participants: { unit: [8, 30], village: [12, 35] },
  },
  // ── 党员队伍联建 ──────────────────────────────────────────────
  {
    key: "assistance",
    area: "MEMBER_TEAM",
    splits: [{ code: "assistance_pairs" }],
    count: 30,
    goodDeeds: true,
    titles: ["党员干部与困难户结成帮扶对子", "{unit}党员“一帮一”结对帮扶{village}困难群众", "开展“党员联系户”结对活动"],
    descriptions: [
      "{unit}组织{up}名党员与{village}困难党员、贫困户结成帮扶对子{n}个，明确帮扶责任和措施，每月至少入户一次。",
      "按照“一名党员帮扶一户”的要求，{unit}党员与{village}困难群众结成帮扶对子{n}个，建立帮扶台帐，帮助理清发展思路。",
    ],
    places: ["{village}", "{village}村委会会议室"],
    participants: { unit: [4, 20], village: [4, 20] },
  },
  {
    key: "activists",
    area: "MEMBER_TEAM",
    splits: [{ code: "new_activists" }],
    count: 30,
    goodDeeds: false,
    titles: ["培养发展农村入党积极分子", "{unit}党员与{village}入党积极分子结对培养", "联合举办入党积极分子培训班"],
    descriptions: [
      "双方党组织在{village}青年农民、致富能手中考察确定入党积极分子{n}名，由{unit}党员一对一联系培养，定期谈心、送学上门。",
      "{unit}与{village}党支部联合举办入党积极分子培训班，新确定入党积极分子{n}名，讲授党的基本知识，布置思想汇报。",
    ],
    places: ["{village}党员活动室", "{village}村委会会议室"],
    participants: { unit: [2, 6], village: [6, 18] },
  },
  {
    key: "member_training",
    area: "MEMBER_TEAM",
    splits: [],
    count: 12,
    goodDeeds: false,
    titles: ["联合举办农村党员培训班", "{unit}为{village}党员送学上门", "开展党员远程教育集中学习"],
    descriptions: [
      "{unit}邀请业务骨干为{village}{vp}名党员讲授{topic}，发放学习资料，组织讨论。",
      "利用党员现代远程教育站点，{unit}与{village}党员集中收看{topic}专题节目，并结合村情开展讨论。",
    ],
    places: ["{village}党员活动室", "{village}远程教育站点"],
    topics: ["农村实用技术", "惠农政策解读", "村级组织工作规则", "创先争优活动要求", "新型农村合作医疗政策"],
    participants: { unit: [2, 6], village: [15, 40] },
  },
  // ── 活动载体联创 ──────────────────────────────────────────────
  {
    key: "carrier",
    area: "CARRIER",
    splits: [],
    count: 28,
    goodDeeds: true,
    titles: [
      "联合开展“共创齐争”公开承诺活动",
      "共建{village}农家书屋",
      "联合举办农民文化活动",
      "共建党员先锋岗",
      "开展“十星级文明户”评选",
      "联合开展创先争优流动红旗评比",
      "开展“党员示范户”挂牌活动",
      "共建{village}党务村务公开栏",
      "开展“好媳妇、好婆婆”评选表彰",
      "联合开展“城乡党员手拉手”活动",
    ],
    descriptions: [
      "{unit}与{village}党支部共同组织，{unit}{up}名党员、{village}党员群众{vp}人参加，丰富了共建活动载体。",
      "双方围绕创先争优共同策划这次活动，{unit}出人出物，村党支部组织发动，{vp}名村民积极参与。",
    ],
    places: ["{village}文化广场", "{village}村委会", "{village}党员活动室"],
    participants: { unit: [3, 15], village: [20, 120] },
  },
  // ── 服务群众联做 ──────────────────────────────────────────────
  {
    key: "visit_poor",
    area: "MASS_SERVICE",
    splits: [{ code: "poor_households_visited" }, { code: "condolence_money", step: 100 }],
    count: 40,
    windows: [MID_AUTUMN, SPRING_FESTIVAL, SPRING_FESTIVAL, CAMPAIGN],
    goodDeeds: true,
    titles: ["走访慰问{village}贫困户{n}户", "{unit}党员干部入户慰问困难群众", "开展“送温暖”走访慰问活动"],
    descriptions: [
      "{unit}{up}名党员干部深入{village}，走访慰问贫困户{n}户，发放慰问金{money2}，并送去米、面、油等生活用品，详细了解困难群众的生产生活情况。",
      "在村干部陪同下，{unit}党员逐户走访{village}贫困户、五保户共{n}户，送去慰问金{money2}，帮助解决实际困难。",
    ],
    places: ["{village}", "{village}贫困户家中"],
    participants: { unit: [3, 12], village: [2, 6] },
  },
  {
    key: "problems",
    area: "MASS_SERVICE",
    splits: [{ code: "problems_solved" }],
    count: 34,
    goodDeeds: true,
    titles: ["帮助{village}解决{topic}问题", "为{village}群众办实事：{topic}"],
    descriptions: [
      "{unit}针对群众反映强烈的{topic}等问题，协调有关部门帮助解决群众关心的问题{n}件，受到村民好评。",
      "在联席会议上梳理出群众关心的问题后，{unit}党员分工包办，帮助{village}解决{topic}等问题{n}件。",
    ],
    places: ["{village}", "{village}村委会"],
    topics: ["村屯道路维修", "饮水困难", "照明线路老化", "子女上学困难", "春耕化肥种子短缺", "危房改造", "低保申报", "边沟清淤", "农田排涝", "有线电视入户"],
    participants: { unit: [2, 10], village: [3, 30] },
  },
  {
    key: "proxy",
    area: "MASS_SERVICE",
    splits: [{ code: "proxy_services" }],
    count: 30,
    prefer: /银行|信用|邮政|移动|联通|电信|供电|保险|税务|工商|公安|人力资源|社会保险|政务服务|国土|公积金|房产|自来水|热力/,
    goodDeeds: true,
    titles: ["在{village}设立代办服务点", "为{village}群众代办{topic}", "开展“代理服务进村”活动"],
    descriptions: [
      "{unit}党员代理员定期到{village}收集群众需要办理的事项，为农民群众代办{topic}等服务{n}项，让群众少跑腿。",
      "{unit}发挥窗口服务优势，在{village}设立代办点，当月为群众代办{topic}等事项{n}项。",
    ],
    places: ["{village}村委会", "{village}代办服务点"],
    topics: ["新农合报销", "养老保险参保", "户口迁移", "营业执照", "农业补贴查询", "小额贷款手续", "电话宽带报装", "医疗救助申请"],
    participants: { unit: [2, 5], village: [5, 40] },
  },
  {
    key: "mass_service",
    area: "MASS_SERVICE",
    splits: [],
    count: 12,
    goodDeeds: true,
    titles: ["组织党员志愿者到{village}开展{topic}活动", "{unit}志愿服务队走进{village}：{topic}"],
    descriptions: [
      "{unit}组织{up}名党员志愿者到{village}开展{topic}志愿服务，服务群众{vp}人次。",
      "围绕群众所需，{unit}党员志愿服务队走进{village}开展{topic}活动，现场解答群众咨询{vp}人次。",
    ],
    places: ["{village}", "{village}文化广场"],
    topics: ["义诊", "法律咨询", "留守儿童关爱", "孤寡老人帮扶", "平安村屯宣传", "科普宣传"],
    participants: { unit: [4, 15], village: [20, 150] },
  },
  // ── 党建资源联享 ──────────────────────────────────────────────
  {
    key: "resources",
    area: "RESOURCE_SHARE",
    splits: [],
    count: 26,
    goodDeeds: true,
    titles: [
      "向{village}农家书屋捐赠图书",
      "为{village}党员活动室配备电脑设备",
      "开放单位培训室供{village}党员学习使用",
      "与{village}共享党员现代远程教育资源",
      "为{village}捐赠办公桌椅",
      "为{village}农家书屋送书送报",
      "组织{village}党员到单位参观学习",
      "选派业务骨干到{village}挂职帮助工作",
    ],
    descriptions: [
      "{unit}发挥部门优势，{title}，实现城乡党建资源共享。{unit}{up}人、{village}{vp}人参加。",
      "按照共建协议，{unit}{title}，进一步改善了{village}党员学习和活动条件。",
    ],
    places: ["{village}党员活动室", "{unit}", "{village}村委会"],
    participants: { unit: [2, 10], village: [5, 30] },
  },
  // ── 城乡发展联促 ──────────────────────────────────────────────
  {
    key: "project_funds",
    area: "DEVELOPMENT",
    splits: [{ code: "project_funds_secured", step: 10_000 }],
    count: 12,
    prefer: FUNDING,
    goodDeeds: true,
    titles: ["帮助{village}争取{topic}项目资金", "为{village}争取项目资金{money}"],
    descriptions: [
      "{unit}积极向上级部门汇报争取，帮助{village}争取{topic}项目资金{money}，资金已拨付到位。",
      "{unit}帮助{village}编制{topic}项目申报材料，多次到省、伊春市有关部门汇报，争取项目资金{money}。",
    ],
    places: ["{village}"],
    topics: ["村屯道路硬化", "农田水利", "新农村建设", "村级活动场所", "安全饮水", "危房改造", "土地整理", "扶贫开发"],
    participants: { unit: [2, 5], village: [3, 8] },
  },
  {
    key: "projects",
    area: "DEVELOPMENT",
    splits: [{ code: "projects_introduced" }],
    count: 10,
    goodDeeds: true,
    titles: ["为{village}引进{topic}项目"],
    descriptions: ["{unit}利用信息和人脉优势，帮助{village}引进{topic}项目{n}个，协调落实场地和技术指导。"],
    places: ["{village}"],
    topics: ["黑木耳栽培", "大棚蔬菜", "肉牛养殖", "生猪养殖", "蓝莓种植", "食用菌加工", "中草药种植", "绿色水稻", "山野菜加工", "林蛙养殖"],
    participants: { unit: [2, 6], village: [5, 20] },
  },
  {
    key: "construction",
    area: "DEVELOPMENT",
    splits: [{ code: "construction_funds", step: 1_000 }],
    count: 17,
    windows: [SUMMER_2010, SPRING_PLOUGHING, SUMMER_2011],
    goodDeeds: true,
    titles: ["投入资金帮助{village}{topic}", "为{village}{topic}投入建设资金{money}"],
    descriptions: [
      "{unit}投入建设资金{money}，帮助{village}{topic}，{unit}党员多次到现场协调施工进度和质量。",
      "{unit}从办公经费中挤出资金{money}，用于{village}{topic}，工程已完工并交付使用。",
    ],
    places: ["{village}"],
    topics: ["修建村级活动场所", "硬化村屯道路", "维修村小学校舍", "安装路灯", "修建文化广场", "修建桥涵", "改造饮水设施", "修建垃圾池"],
    participants: { unit: [2, 8], village: [5, 30] },
  },
  {
    key: "loans",
    area: "DEVELOPMENT",
    splits: [{ code: "agri_loans", step: 10_000 }],
    count: 20,
    prefer: BANKING,
    windows: [SPRING_PLOUGHING, SPRING_PLOUGHING, SUMMER_2010, WINTER_SLACK],
    goodDeeds: true,
    titles: ["为{village}农户协调农业贷款{money}", "协调发放农业贷款支持{village}{topic}"],
    descriptions: [
      "{unit}与金融部门沟通协调，为{village}{k}户农户协调农业贷款{money}，用于{topic}。",
      "{unit}上门为{village}农户讲解小额信贷政策，协调农业贷款{money}，支持{topic}。",
    ],
    places: ["{village}村委会"],
    topics: ["春耕生产", "黑木耳种植", "肉牛养殖", "大棚建设", "农机购置"],
    participants: { unit: [2, 5], village: [8, 40] },
  },
  {
    key: "plans",
    area: "DEVELOPMENT",
    splits: [{ code: "development_plans" }],
    count: 24,
    windows: [["2010-07-01", "2011-04-30"]],
    goodDeeds: false,
    titles: ["帮助{village}制定{topic}", "共同研究制定{village}发展规划"],
    descriptions: ["{unit}组织专业人员深入{village}调研，与村“两委”班子共同研究，帮助制定{topic}等发展规划{n}个。"],
    places: ["{village}村委会会议室"],
    topics: ["村级经济发展三年规划", "特色产业发展规划", "新农村建设规划", "村屯整治规划", "林下经济发展规划"],
    participants: { unit: [2, 6], village: [5, 12] },
  },
  {
    key: "tech",
    area: "DEVELOPMENT",
    splits: [{ code: "tech_to_village_events" }],
    count: 24,
    prefer: AGRICULTURE,
    windows: [SUMMER_2010, WINTER_SLACK, SPRING_PLOUGHING],
    goodDeeds: true,
    titles: ["送技术下乡：{topic}", "组织技术人员到{village}开展{topic}培训"],
    descriptions: [
      "{unit}邀请{topic}方面的技术人员深入{village}，现场讲解示范，培训农民{vp}人次，发放技术资料。",
      "{unit}组织科技服务队到{village}开展送技术下乡活动，围绕{topic}进行田间指导。",
    ],
    places: ["{village}村委会", "{village}田间地头"],
    topics: ["水稻旱育稀植技术", "大豆高产栽培", "黑木耳栽培", "畜禽疫病防治", "测土配方施肥", "农机维修保养", "蔬菜大棚管理", "食用菌栽培"],
    participants: { unit: [2, 6], village: [25, 80] },
  },
  {
    key: "wealth_info",
    area: "DEVELOPMENT",
    splits: [{ code: "wealth_info_items" }],
    count: 20,
    goodDeeds: false,
    titles: ["为{village}发布致富信息{n}条", "开展“致富信息进村”活动"],
    descriptions: ["{unit}通过村务公开栏、广播和短信平台，为{village}党员群众发布{topic}等致富信息{n}条。"],
    places: ["{village}村务公开栏"],
    topics: ["用工", "市场行情", "种养殖技术", "项目招商", "小额贷款政策"],
    participants: { unit: [1, 3], village: [0, 0] },
  },
  {
    key: "labour",
    area: "DEVELOPMENT",
    splits: [{ code: "labour_transferred" }],
    count: 22,
    prefer: JOBS,
    windows: [["2011-02-15", "2011-05-31"], SUMMER_2010, SUMMER_2011],
    goodDeeds: true,
    titles: ["帮助{village}转移农村劳动力{n}人", "组织{village}富余劳动力外出务工"],
    descriptions: [
      "{unit}联系{topic}等用工单位，组织{village}富余劳动力参加务工培训，转移农村劳动力{n}人。",
      "{unit}举办农民工专场招聘会，{topic}等企业现场招工，{village}{n}人签订务工合同。",
    ],
    places: ["{village}村委会", "市劳动力市场"],
    topics: ["哈尔滨建筑企业", "大连服装厂", "伊春林产品加工企业", "本市木业公司", "周边国营农场"],
    participants: { unit: [2, 6], village: [10, 80] },
  },
  {
    key: "training_base",
    area: "DEVELOPMENT",
    splits: [{ code: "training_bases" }],
    count: 16,
    prefer: AGRICULTURE,
    goodDeeds: true,
    titles: ["在{village}建立{topic}培训示范基地"],
    descriptions: ["{unit}与{village}共同建立{topic}培训示范基地{n}个，以点带面带动周边农户。"],
    places: ["{village}"],
    topics: ["水稻高产", "黑木耳栽培", "大棚蔬菜", "肉牛养殖", "蓝莓栽培", "农机作业"],
    participants: { unit: [2, 6], village: [10, 30] },
  },
  {
    key: "cooperative",
    area: "DEVELOPMENT",
    splits: [{ code: "cooperatives" }],
    count: 11,
    goodDeeds: true,
    titles: ["帮助{village}组建{topic}专业合作社"],
    descriptions: ["{unit}帮助{village}组建{topic}专业合作社，协调办理工商登记，指导建立章程和财务制度，参与组建专业合作经济组织{n}个。"],
    places: ["{village}村委会"],
    topics: ["水稻种植", "黑木耳", "肉牛养殖", "蔬菜", "农机", "蓝莓", "生猪养殖", "中草药"],
    participants: { unit: [2, 5], village: [8, 30] },
  },
];
