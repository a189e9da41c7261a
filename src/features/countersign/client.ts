// The village's countersign form (confirm, or dispute with a comment), for activities and pledges.
export { CountersignForm } from "./components/countersign-form";
