export { checkAuditChain } from "./queries";
export { ChainReportView } from "./components/chain-report";
