// What other areas use of the audit log: the link from a record's page to its history.
export { AuditHistoryLink } from "./components/audit-history-link";
