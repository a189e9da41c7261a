// Generated list of message namespaces: one JSON file per area and locale, so each area owns its
// texts. tests/unit/i18n.test.ts checks that zh-CN and en have the same keys.
import zhCN_common from "../../messages/zh-CN/common.json";
import zhCN_nav from "../../messages/zh-CN/nav.json";
import zhCN_auth from "../../messages/zh-CN/auth.json";
import zhCN_home from "../../messages/zh-CN/home.json";
import zhCN_validation from "../../messages/zh-CN/validation.json";
import zhCN_errors from "../../messages/zh-CN/errors.json";
import zhCN_units from "../../messages/zh-CN/units.json";
import zhCN_townships from "../../messages/zh-CN/townships.json";
import zhCN_villages from "../../messages/zh-CN/villages.json";
import zhCN_pairings from "../../messages/zh-CN/pairings.json";
import zhCN_users from "../../messages/zh-CN/users.json";
import zhCN_activities from "../../messages/zh-CN/activities.json";
import zhCN_attachments from "../../messages/zh-CN/attachments.json";
import zhCN_pledges from "../../messages/zh-CN/pledges.json";
import zhCN_indicators from "../../messages/zh-CN/indicators.json";
import zhCN_dashboard from "../../messages/zh-CN/dashboard.json";
import zhCN_supervision from "../../messages/zh-CN/supervision.json";
import zhCN_surveys from "../../messages/zh-CN/surveys.json";
import zhCN_assessments from "../../messages/zh-CN/assessments.json";
import zhCN_bulletins from "../../messages/zh-CN/bulletins.json";
import zhCN_audit from "../../messages/zh-CN/audit.json";
import zhCN_auditChain from "../../messages/zh-CN/auditChain.json";
import zhCN_areas from "../../messages/zh-CN/areas.json";
import zhCN_evidence from "../../messages/zh-CN/evidence.json";
import zhCN_imports from "../../messages/zh-CN/imports.json";
import zhCN_exports from "../../messages/zh-CN/exports.json";
import zhCN_campaigns from "../../messages/zh-CN/campaigns.json";
import en_common from "../../messages/en/common.json";
import en_nav from "../../messages/en/nav.json";
import en_auth from "../../messages/en/auth.json";
import en_home from "../../messages/en/home.json";
import en_validation from "../../messages/en/validation.json";
import en_errors from "../../messages/en/errors.json";
import en_units from "../../messages/en/units.json";
import en_townships from "../../messages/en/townships.json";
import en_villages from "../../messages/en/villages.json";
import en_pairings from "../../messages/en/pairings.json";
import en_users from "../../messages/en/users.json";
import en_activities from "../../messages/en/activities.json";
import en_attachments from "../../messages/en/attachments.json";
import en_pledges from "../../messages/en/pledges.json";
import en_indicators from "../../messages/en/indicators.json";
import en_dashboard from "../../messages/en/dashboard.json";
import en_supervision from "../../messages/en/supervision.json";
import en_surveys from "../../messages/en/surveys.json";
import en_assessments from "../../messages/en/assessments.json";
import en_bulletins from "../../messages/en/bulletins.json";
import en_audit from "../../messages/en/audit.json";
import en_auditChain from "../../messages/en/auditChain.json";
import en_areas from "../../messages/en/areas.json";
import en_evidence from "../../messages/en/evidence.json";
import en_imports from "../../messages/en/imports.json";
import en_exports from "../../messages/en/exports.json";
import en_campaigns from "../../messages/en/campaigns.json";

export const MESSAGES = {
  "zh-CN": {
    common: zhCN_common,
    nav: zhCN_nav,
    auth: zhCN_auth,
    home: zhCN_home,
    validation: zhCN_validation,
    errors: zhCN_errors,
    units: zhCN_units,
    townships: zhCN_townships,
    villages: zhCN_villages,
    pairings: zhCN_pairings,
    users: zhCN_users,
    activities: zhCN_activities,
    attachments: zhCN_attachments,
    pledges: zhCN_pledges,
    indicators: zhCN_indicators,
    dashboard: zhCN_dashboard,
    supervision: zhCN_supervision,
    surveys: zhCN_surveys,
    assessments: zhCN_assessments,
    bulletins: zhCN_bulletins,
    audit: zhCN_audit,
    auditChain: zhCN_auditChain,
    areas: zhCN_areas,
    evidence: zhCN_evidence,
    imports: zhCN_imports,
    exports: zhCN_exports,
    campaigns: zhCN_campaigns,
  },
  "en": {
    common: en_common,
    nav: en_nav,
    auth: en_auth,
    home: en_home,
    validation: en_validation,
    errors: en_errors,
    units: en_units,
    townships: en_townships,
    villages: en_villages,
    pairings: en_pairings,
    users: en_users,
    activities: en_activities,
    attachments: en_attachments,
    pledges: en_pledges,
    indicators: en_indicators,
    dashboard: en_dashboard,
    supervision: en_supervision,
    surveys: en_surveys,
    assessments: en_assessments,
    bulletins: en_bulletins,
    audit: en_audit,
    auditChain: en_auditChain,
    areas: en_areas,
    evidence: en_evidence,
    imports: en_imports,
    exports: en_exports,
    campaigns: en_campaigns,
  },
} as const;

