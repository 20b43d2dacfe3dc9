import { getTranslations } from "next-intl/server";
import { Skeleton } from "@/components/ui/skeleton";
import { PageSkeleton } from "./page-skeleton";

/** Placeholder for a list page (header, filters, table) while it loads. */
export async function ListSkeleton({ rows = 8 }: { rows?: number }) {
  const t = await getTranslations("common");
  return (
    <PageSkeleton label={t("loading")}>
      <div className="flex gap-3">
        <Skeleton className="h-9 w-full max-w-sm" />
        <Skeleton className="hidden h-9 w-40 sm:block" />
        <Skeleton className="hidden h-9 w-40 sm:block" />
      </div>
      <div className="grid gap-px overflow-hidden rounded-lg border">
        {Array.from({ length: rows }, (_, index) => (
          <div key={index} className="flex items-center gap-4 bg-card px-4 py-3">
            <div className="grid flex-1 gap-1.5">
              <Skeleton className="h-4 w-40" />
              <Skeleton className="h-3 w-56" />
            </div>
            <Skeleton className="h-5 w-20" />
            <Skeleton className="hidden h-5 w-16 sm:block" />
            <Skeleton className="hidden h-4 w-24 md:block" />
          </div>
        ))}
      </div>
    </PageSkeleton>
  );
}
