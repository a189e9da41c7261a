// The demo sign-ins, one per role, seeded with the demo data and printed by the start script.
// No database imports here, so any script can list them cheaply.
export const DEMO_PASSWORD = "demo1234";

export type DemoAccount = {
  username: string;
  role: "ADMIN" | "LEADER" | "LIAISON" | "VILLAGE";
  password: string;
  displayName: string;
  /** LIAISON: the unit the account works for. */
  unit?: string;
  /** VILLAGE: the village the account speaks for. */
  village?: { township: string; name: string };
  descriptionZh: string;
  descriptionEn: string;
};

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    username: "admin",
    role: "ADMIN",
    password: DEMO_PASSWORD,
    displayName: "组织部管理员",
    descriptionZh: "市委组织部管理员：全部权限",
    descriptionEn: "Organization department administrator: full access",
  },
  {
    username: "leader",
    role: "LEADER",
    password: DEMO_PASSWORD,
    displayName: "王建国",
    descriptionZh: "市委副书记王建国：只读，联系点为市农业局—满天红村等",
    descriptionEn: "Wang Jianguo, deputy party secretary of the city: read-only; contact leader of the Agriculture Bureau–Mantianhong pairing and others",
  },
  {
    username: "liaison",
    role: "LIAISON",
    password: DEMO_PASSWORD,
    displayName: "张海燕",
    unit: "市农业局",
    descriptionZh: "市农业局联络员：结对铁力镇满天红村",
    descriptionEn: "Liaison of the City Agriculture Bureau, paired with Mantianhong Village (Tieli Town)",
  },
  {
    username: "liaison2",
    role: "LIAISON",
    password: DEMO_PASSWORD,
    displayName: "刘志强",
    unit: "市水务局",
    descriptionZh: "市水务局联络员：结对双丰镇丰收村",
    descriptionEn: "Liaison of the City Water Affairs Bureau, paired with Fengshou Village (Shuangfeng Town)",
  },
  {
    username: "village",
    role: "VILLAGE",
    password: DEMO_PASSWORD,
    displayName: "赵长山",
    village: { township: "铁力镇", name: "满天红村" },
    descriptionZh: "铁力镇满天红村党支部书记：确认本村共建活动",
    descriptionEn: "Party branch secretary of Mantianhong Village (Tieli Town): countersigns the village's activities",
  },
];
