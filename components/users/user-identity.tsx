import Link from "next/link";
import type { Route } from "next";
import type { Role } from "@/generated/prisma/enums";
import { TableCell } from "@/components/ui/table";
import { RoleBadge, UserStatusBadge } from "./user-badges";

/** A person in a table: their name, linking to their page, over their e-mail address. */
export function UserIdentity({ user }: { user: { id: string; name: string; email: string } }) {
  return (
    <div className="max-w-64 min-w-40 sm:max-w-md">
      <Link href={`/users/${user.id}` as Route} className="font-medium hover:underline">
        {user.name}
      </Link>
      <p className="truncate text-xs text-muted-foreground">{user.email}</p>
    </div>
  );
}

/** A user's first three cells in a table of people: who (name over address), role, and status. */
export function UserCells({
  user,
  statusClassName,
}: {
  user: { id: string; name: string; email: string; role: Role; disabledAt: Date | null };
  /** Classes of the status cell (hidden on narrow screens, say). */
  statusClassName?: string;
}) {
  return (
    <>
      <TableCell className="pl-4">
        <UserIdentity user={user} />
      </TableCell>
      <TableCell>
        <RoleBadge role={user.role} />
      </TableCell>
      <TableCell className={statusClassName}>
        <UserStatusBadge disabled={Boolean(user.disabledAt)} />
      </TableCell>
    </>
  );
}
