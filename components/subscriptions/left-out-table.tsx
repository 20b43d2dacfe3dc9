import { Building2, UserRound } from "lucide-react";
import type { Route } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Table, TableBody, TableCell, TableColumns, TableRow } from "@/components/ui/table";
import type { LeftOutCause, LeftOutRecipient } from "@/lib/subscriptions/left-out";

const icons = { user: UserRound, contact: Building2 } as const;

function personHref({ kind, id }: LeftOutRecipient) {
  return (kind === "contact" ? `/contacts/${id}` : `/users/${id}`) as Route;
}

/**
 * The subscribers a type's resolution leaves out and why (disabled, muted, address suppressed), so
 * that a group's "8 members" against "7 recipients" explains itself. Server only.
 */
export async function LeftOutTable({ people }: { people: readonly LeftOutRecipient[] }) {
  const t = await getTranslations("subscriptions.recipients");
  const tk = await getTranslations("subscriptions.kinds");
  const tr = await getTranslations("suppressions.notice.reasons");
  const format = await getFormatter();
  const why = (person: LeftOutRecipient, cause: LeftOutCause) => {
    if (cause.kind === "suppressed")
      return t("leftOutSuppressed", {
        reason: tr(cause.reason),
        date: format.dateTime(cause.since, { dateStyle: "medium" }),
      });
    return cause.kind === "disabled" ? t(`leftOutDisabled.${person.kind}`) : t("leftOutMuted");
  };
  return (
    <Table data-testid="type-left-out">
      <TableColumns columns={[{ label: t("recipient") }, { label: t("leftOutWhy") }]} />
      <TableBody>
        {people.map((person) => {
          const Icon = icons[person.kind];
          return (
            <TableRow
              key={`${person.kind}-${person.id}`}
              data-testid="left-out-recipient"
              data-email={person.email}
            >
              <TableCell className="align-top">
                <div className="flex items-center gap-2">
                  <Icon aria-label={tk(person.kind)} className="size-4 shrink-0 text-muted-foreground" />
                  <Link href={personHref(person)} className="font-medium underline-offset-4 hover:underline">
                    {person.name}
                  </Link>
                </div>
                <p className="pl-6 text-xs text-muted-foreground">{person.email}</p>
              </TableCell>
              <TableCell className="align-top text-sm">{why(person, person.cause)}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
