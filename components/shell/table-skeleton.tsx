import { getTranslations } from "next-intl/server";
import { PageSkeleton, SkeletonRows } from "./page-skeleton";

/** Placeholder for a page that is a header and one table (API keys, audit log) while it loads. */
export async function TableSkeleton() {
  const t = await getTranslations("common");
  return (
    <PageSkeleton label={t("loading")} actions={1}>
      <div className="grid gap-2 rounded-xl border p-4">
        <SkeletonRows count={6} className="h-9 w-full" />
      </div>
    </PageSkeleton>
  );
}
