// The demo sign-ins, one per role, seeded with the demo data and printed by the start script.
// No database imports here, so any script can list them cheaply.
export const DEMO_PASSWORD = "demo1234";

export type DemoAccount = {
  username: string;
  role: "ADMIN" | "LEADER" | "LIAISON" | "VILLAGE" | "SYSADMIN" | "SECADMIN" | "AUDITOR";
  password: string;
  displayName: string;
  /** LIAISON: the unit the account works for. */
  unit?: string;
  /** VILLAGE: the village the account speaks for. */
  village?: { township: string; name: string };
  /** ADMIN and LEADER: the region they belong to; 铁力市 when not given. */
  region?: "铁力市" | "伊春市" | "嘉荫县";
  descriptionZh: string;
  descriptionEn: string;
};

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    username: "admin",
    role: "ADMIN",
    password: DEMO_PASSWORD,
    displayName: "组织部管理员",
    descriptionZh: "市委组织部管理员：共建工作的全部业务（不管理账号，不查阅审计日志）",
    descriptionEn: "Organization department administrator: all of the campaign's work (not accounts, not the audit log)",
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
  // Regions (issue 16): a neighbouring county's department, and the prefecture's above both.
  {
    username: "jiayin",
    role: "ADMIN",
    password: DEMO_PASSWORD,
    displayName: "嘉荫县委组织部",
    region: "嘉荫县",
    descriptionZh: "嘉荫县委组织部管理员：只看得到嘉荫县的单位、村和结对，看不到铁力市",
    descriptionEn: "Jiayin County organization department: sees Jiayin's units, villages and pairings only, nothing of Tieli",
  },
  {
    username: "yichun",
    role: "ADMIN",
    password: DEMO_PASSWORD,
    displayName: "伊春市委组织部",
    region: "伊春市",
    descriptionZh: "伊春市委组织部管理员：查看并比较铁力市和嘉荫县，不修改县里的记录",
    descriptionEn: "Yichun City organization department: reads and compares Tieli and Jiayin, does not edit the counties' records",
  },
  // 三员分立 (等保 2.0 level 3): the three administrators, each unable to do the others' work.
  {
    username: "sysadmin",
    role: "SYSADMIN",
    password: DEMO_PASSWORD,
    displayName: "系统管理员",
    descriptionZh: "系统管理员：新建和停用账号、重置密码，不能授予角色，不查阅审计日志",
    descriptionEn: "System administrator: creates and deactivates accounts, resets passwords; cannot grant roles or read the audit log",
  },
  {
    username: "secadmin",
    role: "SECADMIN",
    password: DEMO_PASSWORD,
    displayName: "安全管理员",
    descriptionZh: "安全管理员：授予和调整角色，不能管理账号，不查阅审计日志",
    descriptionEn: "Security administrator: grants and changes roles; cannot manage accounts or read the audit log",
  },
  {
    username: "auditor",
    role: "AUDITOR",
    password: DEMO_PASSWORD,
    displayName: "审计管理员",
    descriptionZh: "审计管理员：只能查阅审计日志、核验日志链",
    descriptionEn: "Audit administrator: reads the audit log and verifies its chain, nothing else",
  },
];
