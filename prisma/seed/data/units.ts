// The 76 city units (市直机关、企事业单位) paired with villages. Window units and service trades
// (窗口单位/服务行业: banks, hospitals, telecoms, tax, licensing halls…) carry isWindowService.
export type UnitKindCode = "ORGAN" | "ENTERPRISE" | "INSTITUTION";

export type UnitSeed = {
  name: string;
  kind: UnitKindCode;
  isWindowService: boolean;
  memberCount: number;
  secretary: string;
  phone: string;
  partyOrgName: string;
};

const u = (
  name: string,
  kind: UnitKindCode,
  isWindowService: boolean,
  memberCount: number,
  secretary: string,
  phone: string,
): UnitSeed => ({ name, kind, isWindowService, memberCount, secretary, phone, partyOrgName: partyOrgNameOf(name, memberCount) });

// Names that do not read well through the rule below.
const PARTY_ORG_OVERRIDES: Record<string, string> = {
  团市委: "中共共青团铁力市委员会机关支部委员会",
  市妇联: "中共铁力市妇女联合会支部委员会",
  市科协: "中共铁力市科学技术协会支部委员会",
  市残联: "中共铁力市残疾人联合会支部委员会",
  市委宣传部: "中共铁力市委宣传部机关支部委员会",
  市委政法委: "中共铁力市委政法委员会机关支部委员会",
  市委党校: "中共铁力市委党校支部委员会",
};

// A branch (支部) up to 50 members, a general branch (总支) up to 100, a committee (委员会) above.
function partyOrgNameOf(name: string, members: number): string {
  const override = PARTY_ORG_OVERRIDES[name];
  if (override) return override;
  const body = name.startsWith("市") ? `铁力${name}` : name;
  const level = members > 100 ? "委员会" : members > 50 ? "总支部委员会" : "支部委员会";
  return `中共${body}${level}`;
}

export const UNITS: UnitSeed[] = [
  u("市农业局", "ORGAN", false, 36, "孙德明", "0458-3879824"),
  u("市水务局", "ORGAN", false, 42, "周振国", "0458-3697353"),
  u("市财政局", "ORGAN", false, 48, "叶宏伟", "0458-2618222"),
  u("市发展和改革局", "ORGAN", false, 31, "邵永刚", "0458-2194203"),
  u("市民政局", "ORGAN", false, 27, "邵树林", "0458-3307480"),
  u("市人力资源和社会保障局", "ORGAN", true , 45, "侯长林", "0458-3848650"),
  u("市国土资源局", "ORGAN", true , 52, "李玉华", "0458-3853685"),
  u("市住房和城乡建设局", "ORGAN", false, 39, "徐晓光", "0458-3453215"),
  u("市交通运输局", "ORGAN", false, 44, "郭建军", "0458-3146699"),
  u("市教育局", "ORGAN", false, 35, "刘宝山", "0458-3554750"),
  u("市卫生局", "ORGAN", false, 23, "沈学文", "0458-3324535"),
  u("市文化体育广电局", "ORGAN", false, 26, "熊玉华", "0458-3709872"),
  u("市林业局", "ORGAN", false, 58, "邹庆丰", "0458-2142192"),
  u("市畜牧兽医局", "ORGAN", false, 33, "付树林", "0458-2744847"),
  u("市农业机械管理局", "ORGAN", false, 21, "姚桂芝", "0458-2332016"),
  u("市科学技术局", "ORGAN", false, 14, "史显峰", "0458-3126095"),
  u("市经济和信息化局", "ORGAN", false, 19, "方卫国", "0458-3385676"),
  u("市商务局", "ORGAN", false, 17, "杨铁军", "0458-3233393"),
  u("市审计局", "ORGAN", false, 16, "肖铁军", "0458-3831875"),
  u("市统计局", "ORGAN", false, 13, "何国庆", "0458-3540066"),
  u("市环境保护局", "ORGAN", false, 18, "丁桂兰", "0458-2526746"),
  u("市安全生产监督管理局", "ORGAN", false, 15, "余广志", "0458-3813778"),
  u("市司法局", "ORGAN", false, 29, "孟家兴", "0458-2367583"),
  u("市公安局", "ORGAN", true , 168, "秦立军", "0458-3209127"),
  u("市地方税务局", "ORGAN", true , 57, "邵殿臣", "0458-2196872"),
  u("市国家税务局", "ORGAN", true , 49, "罗春生", "0458-3209242"),
  u("市工商行政管理局", "ORGAN", true , 46, "白秀英", "0458-3117447"),
  u("市质量技术监督局", "ORGAN", true , 22, "董家兴", "0458-3374672"),
  u("市食品药品监督管理局", "ORGAN", false, 20, "卢俊峰", "0458-2320966"),
  u("市物价局", "ORGAN", false, 12, "朱秀云", "0458-3985697"),
  u("市粮食局", "ORGAN", false, 24, "万春生", "0458-2263803"),
  u("市扶贫开发办公室", "ORGAN", false, 11, "毛贵臣", "0458-2992083"),
  u("市委宣传部", "ORGAN", false, 18, "卢红军", "0458-2489155"),
  u("市委政法委", "ORGAN", false, 14, "冯振东", "0458-3712495"),
  u("市总工会", "ORGAN", false, 15, "彭显峰", "0458-3881661"),
  u("团市委", "ORGAN", false, 9, "毛永刚", "0458-3296884"),
  u("市妇联", "ORGAN", false, 10, "罗家兴", "0458-3777717"),
  u("市科协", "ORGAN", false, 8, "刘凤琴", "0458-3722924"),
  u("市残联", "ORGAN", false, 11, "毛铁军", "0458-3292811"),
  u("市信访局", "ORGAN", false, 12, "曲淑华", "0458-3141876"),
  u("市人口和计划生育局", "ORGAN", false, 26, "张永刚", "0458-3593193"),
  u("市人民法院", "ORGAN", true , 64, "刘俊峰", "0458-2849673"),
  u("市人民检察院", "ORGAN", false, 47, "孙万林", "0458-3369205"),
  u("市城市管理综合执法局", "ORGAN", false, 38, "杨国栋", "0458-2628080"),
  u("市房产管理局", "ORGAN", true , 25, "陶树林", "0458-3650138"),
  u("市档案局", "ORGAN", false, 9, "杨海涛", "0458-2961707"),
  u("市人民医院", "INSTITUTION", true , 126, "苏秀英", "0458-3671868"),
  u("市中医医院", "INSTITUTION", true , 58, "谢志刚", "0458-3900943"),
  u("市妇幼保健院", "INSTITUTION", true , 34, "袁永刚", "0458-3943498"),
  u("市疾病预防控制中心", "INSTITUTION", false, 29, "叶凤霞", "0458-3815976"),
  u("市第一中学", "INSTITUTION", false, 87, "潘桂兰", "0458-3897308"),
  u("市职业技术教育中心", "INSTITUTION", false, 41, "尹树森", "0458-2969171"),
  u("市广播电视台", "INSTITUTION", false, 37, "曾凤霞", "0458-3182684"),
  u("市农业技术推广中心", "INSTITUTION", false, 28, "陆凤琴", "0458-3222639"),
  u("市政务服务中心", "INSTITUTION", true , 19, "周卫国", "0458-3596870"),
  u("市社会保险事业管理局", "INSTITUTION", true , 32, "关艳秋", "0458-3970113"),
  u("市住房公积金管理中心", "INSTITUTION", true , 13, "周殿臣", "0458-3129652"),
  u("市委党校", "INSTITUTION", false, 22, "石晓东", "0458-3433930"),
  u("市图书馆", "INSTITUTION", false, 10, "雷振东", "0458-3359354"),
  u("市气象局", "INSTITUTION", false, 12, "廖永刚", "0458-3137467"),
  u("中国工商银行铁力支行", "ENTERPRISE", true , 38, "周玉兰", "0458-2622799"),
  u("中国农业银行铁力支行", "ENTERPRISE", true , 61, "姚长林", "0458-3539092"),
  u("中国建设银行铁力支行", "ENTERPRISE", true , 35, "郭卫东", "0458-3414005"),
  u("中国银行铁力支行", "ENTERPRISE", true , 24, "江宝山", "0458-3262784"),
  u("铁力市农村信用合作联社", "ENTERPRISE", true , 73, "叶明义", "0458-2280180"),
  u("中国邮政集团公司铁力市分公司", "ENTERPRISE", true , 44, "方树森", "0458-3972020"),
  u("中国移动铁力分公司", "ENTERPRISE", true , 27, "贾树森", "0458-3204044"),
  u("中国联通铁力分公司", "ENTERPRISE", true , 18, "姜建军", "0458-2777317"),
  u("中国电信铁力分公司", "ENTERPRISE", true , 31, "梁国栋", "0458-3908065"),
  u("国网铁力市供电公司", "ENTERPRISE", true , 96, "邵宏亮", "0458-2778890"),
  u("中国人寿保险公司铁力支公司", "ENTERPRISE", true , 21, "曲金凤", "0458-3604155"),
  u("中国人民财产保险公司铁力支公司", "ENTERPRISE", true , 19, "刘学军", "0458-3115182"),
  u("铁力市自来水公司", "ENTERPRISE", true , 26, "何玉华", "0458-2576349"),
  u("铁力市热力公司", "ENTERPRISE", true , 33, "夏德明", "0458-3299327"),
  u("铁力市供销合作社联合社", "ENTERPRISE", false, 29, "邹文革", "0458-3109390"),
  u("铁力市公共交通公司", "ENTERPRISE", true , 17, "吴永刚", "0458-3400951"),
];
