import { SearchX, type LucideIcon } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { cn } from "@/lib/utils";
import { Breadcrumbs, type Crumb } from "./breadcrumbs";

export interface EmptyCopy {
  icon?: LucideIcon;
  title: string;
  description: string;
  action?: React.ReactNode;
}

interface ListPageProps {
  title: string;
  description: string;
  /** Defaults to the title alone. */
  breadcrumbs?: Crumb[];
  /** Buttons beside the title (e.g. "New user"), for those allowed to use them. */
  actions?: React.ReactNode;
  /** The filters (a `role="search"` form or URL-driven controls). */
  filters: React.ReactNode;
  /** The number of matching rows, when the list counts them: shown beside the filters and announced. */
  total?: number;
  toolbarClassName?: string;
  /** Search-param keys whose values were refused (`ListSearch.invalid`): the page says they were ignored. */
  invalid?: string[];
  /** Further notices between the filters and the table. */
  notices?: React.ReactNode;
  /** Whether there is no row to show. */
  isEmpty: boolean;
  /** Whether a filter is set: an empty list then reads "no matches" rather than "nothing yet". */
  filtered: boolean;
  /** Shown when there is nothing at all. */
  empty: EmptyCopy;
  /** Shown when the filters match nothing (default icon: a crossed-out magnifier). */
  noMatches: EmptyCopy;
  /** `ListPagination`, or the list's own pager. */
  pagination: React.ReactNode;
  /** The table, rendered only when there is something to show. */
  children: React.ReactNode;
}

/**
 * The one layout of a list page (users, groups, contacts, audit log): breadcrumbs, header with
 * actions, filters with the announced count, notices, the table or an empty state, and pagination.
 */
export async function ListPage({
  title,
  description,
  breadcrumbs,
  actions,
  filters,
  total,
  toolbarClassName,
  invalid = [],
  notices,
  isEmpty,
  filtered,
  empty,
  noMatches,
  pagination,
  children,
}: ListPageProps) {
  const t = await getTranslations("common");
  return (
    <div className="grid gap-6">
      <div>
        <Breadcrumbs items={breadcrumbs ?? [{ label: title }]} />
        <PageHeader title={title} description={description} actions={actions} />
      </div>
      <div className="grid gap-3">
        <div
          className={cn(
            "flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between",
            toolbarClassName,
          )}
        >
          {filters}
          {total === undefined ? null : (
            <p className="text-sm text-muted-foreground tabular-nums" aria-live="polite">
              {t("results", { count: total })}
            </p>
          )}
        </div>
        {invalid.length > 0 ? (
          <Alert variant="warning" role="status" data-testid="invalid-search">
            <AlertDescription>{t("invalidSearch")}</AlertDescription>
          </Alert>
        ) : null}
        {notices}
        {isEmpty ? <EmptyState {...(filtered ? { icon: SearchX, ...noMatches } : empty)} /> : children}
        {pagination}
      </div>
    </div>
  );
}
