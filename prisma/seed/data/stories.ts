// The two pairings the source report tells about, with their real work as ledger entries.
// Their indicator values are part of (not added to) the report's totals.
import type { ContentAreaCode } from "@/lib/content-areas";
import type { IndicatorCode } from "../source-figures";
import type { TownshipName } from "./townships";

export type StoryPairing = { unit: string; township: TownshipName; village: string; goals: string };

export const STORY_PAIRINGS: StoryPairing[] = [
  {
    unit: "市农业局",
    township: "铁力镇",
    village: "满天红村",
    goals:
      "发挥农业部门技术和信息优势，围绕“发展现代农业，促进农民增收”，帮助满天红村调整种植结构、发展棚室蔬菜；每年组织科技培训不少于5次，为党员群众提供实用技术和用工信息，带动人均纯收入增长10%以上。",
  },
  {
    unit: "市水务局",
    township: "双丰镇",
    village: "丰收村",
    goals:
      "发挥水利行业优势，帮助丰收村解决人畜饮水和农田灌溉难题，成立由共产党员带头的工程技术维护队，春耕前完成涵闸、机井检查维护和沟渠清淤，保障灌溉用水。",
  },
];

export type StoryActivity = {
  unit: string;
  area: ContentAreaCode;
  day: string;
  title: string;
  place: string;
  description: string;
  unitParticipants: number;
  villageParticipants: number;
  values: Partial<Record<IndicatorCode, number>>;
};

const TRAINING_TOPICS: [string, string][] = [
  ["2010-12-20", "水稻大棚育秧技术"],
  ["2011-01-11", "棚室蔬菜栽培管理"],
  ["2011-01-25", "测土配方施肥"],
  ["2011-02-22", "大豆高产栽培"],
  ["2011-03-15", "农作物病虫害综合防治"],
  ["2011-04-06", "水稻旱育稀植与插秧机作业"],
];
const ORDINALS = ["一", "二", "三", "四", "五", "六"];

export const STORY_ACTIVITIES: StoryActivity[] = [
  {
    unit: "市农业局",
    area: "ORG_LIFE",
    day: "2010-12-16",
    title: "市农业局机关支部到满天红村过组织生活",
    place: "满天红村党员活动室",
    description:
      "冬季农闲期间，市农业局组织机关支部全体党员到结对村铁力镇满天红村过组织生活，局领导就如何“发展现代农业，促进农民增收”作专题辅导报告，与村党员共同讨论来年种植结构调整。",
    unitParticipants: 36,
    villageParticipants: 43,
    values: { party_org_activities: 1 },
  },
  ...TRAINING_TOPICS.map(
    ([day, topic], index): StoryActivity => ({
      unit: "市农业局",
      area: "DEVELOPMENT",
      day,
      title: `农业技术专家科技培训（第${ORDINALS[index]}期）：${topic}`,
      place: "满天红村村委会",
      description: `市农业局组织农业技术专家到满天红村开展科技培训，讲授${topic}，现场解答党员群众提问，发放技术资料。`,
      unitParticipants: 3 + (index % 3),
      villageParticipants: 48 + index * 7,
      values: { tech_to_village_events: 1, good_deeds: 1 },
    }),
  ),
  {
    unit: "市农业局",
    area: "DEVELOPMENT",
    day: "2011-03-22",
    title: "为满天红村党员群众提供农业技术8项",
    place: "满天红村村委会",
    description:
      "市农业局将水稻大棚育秧、测土配方施肥、大豆垄三栽培、棚室蔬菜嫁接、玉米螟生物防治、秸秆还田、地膜覆盖、畜禽防疫等8项农业实用技术汇编成册，发放到每户党员和种植大户。",
    unitParticipants: 4,
    villageParticipants: 60,
    values: { wealth_info_items: 8, good_deeds: 2 },
  },
  {
    unit: "市农业局",
    area: "DEVELOPMENT",
    day: "2011-04-12",
    title: "为满天红村发布用工信息26条",
    place: "满天红村村务公开栏",
    description: "市农业局收集本地农场、合作社和城区企业用工需求，通过村务公开栏和村广播为满天红村群众发布用工信息26条。",
    unitParticipants: 2,
    villageParticipants: 0,
    values: { wealth_info_items: 26, good_deeds: 1 },
  },
  {
    unit: "市水务局",
    area: "CARRIER",
    day: "2011-03-08",
    title: "成立共产党员工程技术维护队",
    place: "丰收村村委会",
    description: "市水务局成立由共产党员带头组织、水利系统骨干精英参与的工程技术维护队，与丰收村党支部共同确定春耕前水利设施维护清单。",
    unitParticipants: 14,
    villageParticipants: 9,
    values: { good_deeds: 1 },
  },
  {
    unit: "市水务局",
    area: "MASS_SERVICE",
    day: "2011-03-18",
    title: "清除河道、沟渠积雪淤泥1000方",
    place: "丰收村河道及灌渠",
    description: "工程技术维护队加班加点，为丰收村清除河道、沟渠积雪淤泥1000方，保证春季融雪排水通畅。",
    unitParticipants: 18,
    villageParticipants: 35,
    values: { problems_solved: 1, good_deeds: 2 },
  },
  {
    unit: "市水务局",
    area: "MASS_SERVICE",
    day: "2011-04-02",
    title: "疏通桥涵1500米",
    place: "丰收村村屯道路",
    description: "市水务局党员技术骨干带领村民疏通丰收村境内桥涵1500米，解决了多年来雨季道路积水问题。",
    unitParticipants: 16,
    villageParticipants: 28,
    values: { problems_solved: 1, good_deeds: 2 },
  },
  {
    unit: "市水务局",
    area: "DEVELOPMENT",
    day: "2011-04-15",
    title: "涵闸、机井检查维护和保养",
    place: "丰收村灌区",
    description: "维护队对丰收村涵闸、机井等水利设施逐一进行检查维护和保养，为春耕生产中农民有充足的灌溉用水打下基础。",
    unitParticipants: 10,
    villageParticipants: 6,
    values: { good_deeds: 2 },
  },
  {
    unit: "市水务局",
    area: "DEVELOPMENT",
    day: "2011-04-26",
    title: "帮助丰收村打井、修建临时引水设施",
    place: "丰收村",
    description: "市水务局投入资金4.8万元，帮助丰收村新打机电井2眼、修建临时引水设施，解决了东屯百余户人畜饮水和300余亩水田灌溉难题。",
    unitParticipants: 12,
    villageParticipants: 40,
    values: { construction_funds: 48_000, problems_solved: 1, good_deeds: 3 },
  },
];

export type StoryPledge = {
  unit: string;
  pledgerKind: "MEMBER" | "ORGANIZATION";
  pledgerName: string;
  content: string;
  madeOn: string;
  dueOn: string;
  status: "PROMISED" | "IN_PROGRESS" | "FULFILLED";
  fulfilledOn?: string;
  evidence?: string;
};

// 市农业局's pledges: the liaison's list shows work done, one pledge due at the campaign's close
// and one already overdue.
export const STORY_PLEDGES: StoryPledge[] = [
  {
    unit: "市农业局",
    pledgerKind: "ORGANIZATION",
    pledgerName: "中共铁力市农业局支部委员会",
    content: "年内为满天红村组织科技培训不少于5次",
    madeOn: "2010-06-12",
    dueOn: "2011-04-30",
    status: "FULFILLED",
    fulfilledOn: "2011-04-06",
    evidence: "已组织农业技术专家科技培训6次，提供农业技术8项、用工信息26条，附培训签到表。",
  },
  {
    unit: "市农业局",
    pledgerKind: "MEMBER",
    pledgerName: "孙德明",
    content: "帮助满天红村制定棚室蔬菜发展规划",
    madeOn: "2010-06-12",
    dueOn: "2010-12-31",
    status: "FULFILLED",
    fulfilledOn: "2010-11-26",
    evidence: "规划经村民代表会议讨论通过，已上墙公示。",
  },
  {
    unit: "市农业局",
    pledgerKind: "MEMBER",
    pledgerName: "王立华",
    content: "资助满天红村一名贫困学生完成本学年学业",
    madeOn: "2010-08-20",
    dueOn: "2011-07-15",
    status: "FULFILLED",
    fulfilledOn: "2011-07-08",
    evidence: "已资助学费和生活费1500元，村委会出具证明。",
  },
  {
    unit: "市农业局",
    pledgerKind: "ORGANIZATION",
    pledgerName: "中共铁力市农业局支部委员会",
    content: "帮助满天红村建成棚室蔬菜培训示范基地",
    madeOn: "2011-03-01",
    dueOn: "2011-08-31",
    status: "IN_PROGRESS",
  },
  {
    unit: "市农业局",
    pledgerKind: "MEMBER",
    pledgerName: "张海燕",
    content: "为满天红村联系水稻新品种示范田",
    madeOn: "2011-03-20",
    dueOn: "2011-07-31",
    status: "PROMISED",
  },
];
