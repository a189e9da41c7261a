// Source lists load like any list page.
export { ListPageSkeleton as default } from "@/components/ui/skeleton";
