import { Building2, Mail, UserRound } from "lucide-react";
import { useTranslations } from "next-intl";
import { Table, TableBody, TableCell, TableColumns, TableRow } from "@/components/ui/table";
import type { ResolvedRecipient } from "@/lib/subscriptions/types";
import { ReasonList } from "./reason-list";

const icons = { user: UserRound, contact: Building2, address: Mail } as const;

interface Props {
  recipients: readonly Pick<ResolvedRecipient, "kind" | "id" | "email" | "name" | "mode" | "reasons">[];
  /** Category names in the reader's language, by key. */
  categoryNames: Record<string, string>;
  /** The headings of the three columns: who, why, how. */
  columns: readonly [string, string, string];
  /** The test id of each row (which also carries the recipient's address as `data-email`). */
  rowTestId: string;
  /** Link group names to their pages (staff screens). */
  linkGroups?: boolean;
  "data-testid"?: string;
}

/**
 * Whom the resolver reaches and why, a row a recipient: name and address, the reasons, the delivery
 * mode. No "use client": the catalog's type page (server) and the dispatch preview (client) both render it.
 */
export function RecipientsTable({
  recipients,
  categoryNames,
  columns,
  rowTestId,
  linkGroups = false,
  "data-testid": testId,
}: Props) {
  const tm = useTranslations("subscriptions.mode");
  const tk = useTranslations("subscriptions.kinds");
  return (
    <Table data-testid={testId}>
      <TableColumns columns={columns.map((label) => ({ label }))} />
      <TableBody>
        {recipients.map((recipient) => {
          const Icon = icons[recipient.kind];
          return (
            <TableRow
              key={`${recipient.kind}-${recipient.id ?? recipient.email}`}
              data-testid={rowTestId}
              data-email={recipient.email}
            >
              <TableCell className="align-top">
                <div className="flex items-center gap-2">
                  <Icon aria-label={tk(recipient.kind)} className="size-4 shrink-0 text-muted-foreground" />
                  <span className="font-medium">{recipient.name}</span>
                </div>
                <p className="pl-6 text-xs text-muted-foreground">{recipient.email}</p>
              </TableCell>
              <TableCell className="align-top text-muted-foreground">
                <ReasonList
                  reasons={recipient.reasons}
                  categoryNames={categoryNames}
                  linkGroups={linkGroups}
                />
              </TableCell>
              <TableCell className="align-top text-sm whitespace-nowrap">{tm(recipient.mode)}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
