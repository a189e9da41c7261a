// What other areas use of the audit log: its one query builder, for its export (features/exports).
export { AUDIT_ORDER, auditListQuery, auditWhere } from "./queries";
// What other areas use of the audit log: the link from a record's page to its history.
export { AuditHistoryLink } from "./components/audit-history-link";
