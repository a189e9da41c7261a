import { Skeleton } from "@/components/ui/skeleton";
import { StatCardSkeleton } from "@/features/dashboard/components/headline-cards";
import { SectionSkeleton } from "@/features/dashboard/components/section";

export default function DashboardLoading() {
  return (
    <div aria-busy>
      <Skeleton className="mb-2 h-7 w-40" />
      <Skeleton className="mb-5 h-4 w-full max-w-xl" />
      <Skeleton className="mb-4 h-20 w-full" />
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-5">
        {Array.from({ length: 5 }, (_, i) => (
          <StatCardSkeleton key={i} />
        ))}
      </div>
      <SectionSkeleton className="mt-4" lines={10} />
    </div>
  );
}
