// What other areas use of the audit log: its one query builder, for its export (features/exports).
export { AUDIT_ORDER, auditListQuery, auditWhere } from "./queries";
