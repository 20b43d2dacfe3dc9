import { getTranslations } from "next-intl/server";
import { Skeleton } from "@/components/ui/skeleton";
import { PageSkeleton } from "./page-skeleton";

/** Placeholder for a detail page (header, two columns of cards) while it loads. */
export async function DetailSkeleton() {
  const t = await getTranslations("common");
  return (
    <PageSkeleton label={t("loading")} actions={2}>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="grid content-start gap-6">
          <Skeleton className="h-80 rounded-xl" />
          <Skeleton className="h-56 rounded-xl" />
        </div>
        <Skeleton className="h-48 rounded-xl" />
      </div>
    </PageSkeleton>
  );
}
