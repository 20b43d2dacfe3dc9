import { Skeleton } from "@/components/ui/skeleton";
import { Spinner } from "@/components/ui/spinner";

/**
 * The loading state every page shares: an announced (visually hidden) spinner, the breadcrumb, title
 * and description placeholders, `actions` button placeholders, then the page's own placeholders.
 */
export function PageSkeleton({
  label,
  actions = 0,
  children,
}: {
  /** "Loading…", translated. */
  label: string;
  actions?: number;
  children: React.ReactNode;
}) {
  return (
    <div className="grid gap-6">
      <Spinner label={label} className="sr-only" />
      <div className="grid gap-3">
        <Skeleton className="h-4 w-40" />
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="grid gap-2">
            <Skeleton className="h-8 w-56" />
            <Skeleton className="h-4 w-96 max-w-full" />
          </div>
          {actions > 0 ? (
            <div className="flex gap-2">
              {Array.from({ length: actions }, (_, index) => (
                <Skeleton key={index} className="h-9 w-28" />
              ))}
            </div>
          ) : null}
        </div>
      </div>
      {children}
    </div>
  );
}

/** `count` placeholder rows of `className` (a table's rows, a list's cards). */
export function SkeletonRows({ count, className }: { count: number; className: string }) {
  return Array.from({ length: count }, (_, index) => <Skeleton key={index} className={className} />);
}
