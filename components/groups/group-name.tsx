import type { Route } from "next";
import Link from "next/link";

/** A group's name linking to its page, over its one-line description when it has one. */
export function GroupName({
  group,
  className,
  linkClassName,
}: {
  group: { id: string; name: string; description: string | null };
  className: string;
  linkClassName: string;
}) {
  return (
    <div className={className}>
      <Link href={`/groups/${group.id}` as Route} className={linkClassName}>
        {group.name}
      </Link>
      {group.description ? (
        <p className="truncate text-xs text-muted-foreground">{group.description}</p>
      ) : null}
    </div>
  );
}
