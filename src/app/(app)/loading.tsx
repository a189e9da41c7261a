// Every page under the app shell shows this while it loads, unless it has a loading state of its own.
export { ListPageSkeleton as default } from "@/components/ui/skeleton";
