// People of the demo beyond the unit and village registers: the city leaders with contact points
// (市委常委联系点), the inspection team, and name pools for party members who make pledges.

/** Contact leaders as shown on a pairing. The first one is the `leader` demo account. */
export const CONTACT_LEADERS = [
  "王建国 (市委副书记)",
  "李振华 (市委常委、组织部部长)",
  "张立群 (市委常委、纪委书记)",
  "刘德胜 (市委常委、宣传部部长)",
  "陈国栋 (市委常委、常务副市长)",
  "赵文彬 (市委常委、政法委书记)",
  "杨树仁 (市委常委、统战部部长)",
] as const;

/** Who goes out on inspections (督查): organization department staff and the campaign team. */
export const INSPECTORS = ["韩志刚（组织部副部长）", "孙丽娟（组织部组织科）", "马晓东（活动推进组）", "郝春雨（活动推进组）", "邵明义（市直机关工委）", "宫玉梅（组织部干部科）"];

export const SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡杜程苏魏吕丁任沈姚卢姜崔谭陆范金石贾夏付方白邹孟熊秦江尹薛段雷侯史陶贺顾毛郝邵钱武孔关隋宫曲鲁".split("");

export const GIVEN_NAMES = [
  "建平", "建伟", "国华", "国良", "志勇", "志远", "海波", "海英", "春林", "春梅", "长江", "长友", "玉芬", "玉梅",
  "德林", "德福", "振江", "振宇", "立华", "立伟", "宏斌", "宏杰", "永明", "永军", "文涛", "文静", "树峰", "庆林",
  "金海", "桂琴", "秀梅", "秀芳", "丽萍", "丽娜", "晓峰", "晓梅", "红英", "红霞", "卫平", "铁成", "广林", "明辉",
  "福生", "洪波", "学东", "宝林", "俊杰", "淑芬", "艳玲", "亚楠", "景春", "殿武", "万山", "家宝", "凤山", "德海",
];
