// The indicator catalogue of the campaign (DOMAIN.md §4), in the order of the source report's table.
import type { IndicatorCode } from "../source-figures";

export type IndicatorGroupCode = "ORGANIZATION" | "RELATIONS" | "DEVELOPMENT" | "SUPERVISION";

export type IndicatorSeed = {
  code: IndicatorCode;
  labelZh: string;
  labelEn: string;
  unitZh: string;
  unitEn: string;
  group: IndicatorGroupCode;
  isMoney: boolean;
};

const i = (
  code: IndicatorCode,
  group: IndicatorGroupCode,
  labelZh: string,
  labelEn: string,
  unitZh: string,
  unitEn: string,
): IndicatorSeed => ({ code, group, labelZh, labelEn, unitZh, unitEn, isMoney: unitZh === "元" });

export const INDICATORS: IndicatorSeed[] = [
  i("systems_established", "ORGANIZATION", "健全各项制度", "Rules and systems established", "项", "items"),
  i("joint_meeting_mechanisms", "ORGANIZATION", "建立联席会议制度", "Joint-meeting mechanisms set up", "项", "items"),
  i("joint_democratic_meetings", "ORGANIZATION", "联合召开民主生活会", "Joint democratic-life meetings held", "次", "meetings"),
  i("party_org_activities", "ORGANIZATION", "开展党组织活动", "Party organization activities held", "场次", "sessions"),
  i("assistance_pairs", "ORGANIZATION", "结成帮扶对子", "Assistance pairs formed", "个", "pairs"),
  i("new_activists", "ORGANIZATION", "新增入党积极分子", "New applicants identified as party activists", "名", "people"),
  i("poor_households_visited", "RELATIONS", "走访农村贫困户", "Poor rural households visited", "户", "households"),
  i("condolence_money", "RELATIONS", "发放慰问金", "Relief money handed out", "元", "yuan"),
  i("problems_solved", "RELATIONS", "解决群众关心的问题", "Residents' concerns resolved", "件", "cases"),
  i("proxy_services", "RELATIONS", "为农民群众代理服务", "Errands run on farmers' behalf", "项", "services"),
  i("project_funds_secured", "DEVELOPMENT", "争取项目资金", "Project funds secured", "元", "yuan"),
  i("projects_introduced", "DEVELOPMENT", "引进项目", "Projects brought in", "个", "projects"),
  i("construction_funds", "DEVELOPMENT", "投入建设资金", "Construction funds invested", "元", "yuan"),
  i("agri_loans", "DEVELOPMENT", "协调农业贷款", "Farm loans arranged", "元", "yuan"),
  i("development_plans", "DEVELOPMENT", "制定发展规划", "Development plans drawn up", "个", "plans"),
  i("tech_to_village_events", "DEVELOPMENT", "送技术下乡", "Farm-technology outreach events", "次", "events"),
  i("wealth_info_items", "DEVELOPMENT", "发布致富信息", "Income-opportunity notices published", "条", "notices"),
  i("labour_transferred", "DEVELOPMENT", "转移农村劳动力", "Rural workers placed in jobs", "人", "people"),
  i("training_bases", "DEVELOPMENT", "建立培训示范基地", "Training and demonstration bases set up", "个", "bases"),
  i("cooperatives", "DEVELOPMENT", "组建专业合作经济组织", "Specialised farmer cooperatives formed", "个", "cooperatives"),
  i("good_deeds", "SUPERVISION", "做实事好事", "Practical deeds done for villagers", "件", "deeds"),
];
