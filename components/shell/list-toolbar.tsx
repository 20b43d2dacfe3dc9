import { getTranslations } from "next-intl/server";
import { cn } from "@/lib/utils";

/** A list page's filters (the children) beside the count of results, which is announced as it changes. */
export async function ListToolbar({
  total,
  className,
  children,
}: {
  total: number;
  className?: string;
  children: React.ReactNode;
}) {
  const t = await getTranslations("common");
  return (
    <div className={cn("flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between", className)}>
      {children}
      <p className="text-sm text-muted-foreground tabular-nums" aria-live="polite">
        {t("results", { count: total })}
      </p>
    </div>
  );
}
