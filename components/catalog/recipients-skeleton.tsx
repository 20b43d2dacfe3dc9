import { getTranslations } from "next-intl/server";
import { Skeleton } from "@/components/ui/skeleton";
import { Spinner } from "@/components/ui/spinner";

/** Stands in for the subscribers and recipients while they load. */
export async function RecipientsSkeleton() {
  const t = await getTranslations("catalog.type.recipients");
  return (
    <div className="grid gap-2 rounded-lg border p-4">
      <Spinner label={t("loading")} className="sr-only" />
      {Array.from({ length: 4 }, (_, i) => (
        <Skeleton key={i} className="h-9 w-full" />
      ))}
    </div>
  );
}
