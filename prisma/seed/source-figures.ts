// The figures of the source report (东北网, 13 Sept 2011; DOMAIN.md §4) that the demo data set must
// reproduce for the campaign 2010-06-01 … 2011-08-31. Expected values only: the seed splits them
// over individual records, and nothing stores these totals in the database.

/** Source total per coded indicator. Money in whole 元. */
export const INDICATOR_FIGURES = {
  systems_established: 11,
  joint_meeting_mechanisms: 76,
  joint_democratic_meetings: 76,
  party_org_activities: 66,
  assistance_pairs: 144,
  new_activists: 142,
  poor_households_visited: 201,
  condolence_money: 40_200,
  problems_solved: 242,
  proxy_services: 127,
  project_funds_secured: 1_280_000, // 128万元
  projects_introduced: 10,
  // "80余万元" (a little over 800,000): read once, here, as 826,000 元.
  construction_funds: 826_000,
  agri_loans: 2_870_000, // 287万元
  development_plans: 37,
  tech_to_village_events: 32,
  wealth_info_items: 350,
  labour_transferred: 1_560,
  training_bases: 16,
  cooperatives: 11,
  // "近千件" (close to a thousand): read once, here, as 986.
  good_deeds: 986,
} as const;

export type IndicatorCode = keyof typeof INDICATOR_FIGURES;

/** 党员承诺事项 231 项，已完成 182 项 (Pledge rows). */
export const PLEDGES_TOTAL = 231;
export const PLEDGES_FULFILLED = 182;
/** 市委常委深入联系点 38 人次 (LeaderVisit rows). */
export const LEADER_VISITS = 38;
/** 督查指导 16 次 (Inspection rows). */
export const INSPECTIONS = 16;
/** 民主测评 July 2011, percent with two decimals: sums of satisfied over sums of respondents. */
export const SURVEY_VILLAGE_ORG_RATE = "97.63";
export const SURVEY_PAIRING_RATE = "98.55";
