// 双向确认 on screen, shared by activities and pledges: the village's decision as a badge. The
// rule itself (decisions, input, reset) is in domain/countersign.ts.
export { ConfirmationBadge } from "./components/confirmation-badge";
