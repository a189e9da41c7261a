// Checks the id before the page streams behind the loading skeleton (see the component).
export { default } from "@/components/shell/record-id-layout";
