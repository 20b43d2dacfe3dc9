import Link from "next/link";
import type { Route } from "next";

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
