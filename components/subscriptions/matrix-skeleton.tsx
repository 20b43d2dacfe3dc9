import { PageSkeleton, SkeletonRows } from "@/components/shell/page-skeleton";
import { Skeleton } from "@/components/ui/skeleton";

/** Loading state of a subscriptions page: header, toolbar and category rows. */
export function MatrixSkeleton({ label }: { label: string }) {
  return (
    <PageSkeleton label={label}>
      <div className="flex gap-4">
        <Skeleton className="h-9 w-64" />
        <Skeleton className="h-9 w-32" />
      </div>
      <div className="grid gap-2">
        <SkeletonRows count={8} className="h-14 w-full" />
      </div>
    </PageSkeleton>
  );
}
