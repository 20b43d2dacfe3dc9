import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCaption, TableCell, TableColumns, TableRow } from "@/components/ui/table";
import { HintTooltip } from "@/components/ui/hint-tooltip";
import type { ApiKeySummary } from "@/lib/api-keys/summary";
import { cn } from "@/lib/utils";
import { RevokeApiKeyButton } from "./revoke-api-key-button";
import { scopeMessageKey } from "./scope-key";

// Below lg the table is wider than its frame: the actions column stays pinned to the frame's right edge,
// so a key's Revoke button is on screen beside its name instead of past the dates and scopes.
const pinnedActions = "text-right max-lg:sticky max-lg:right-0 max-lg:bg-card";

export async function ApiKeysTable({ keys, canManage }: { keys: ApiKeySummary[]; canManage: boolean }) {
  const t = await getTranslations("apiKeys");
  const tc = await getTranslations("common");
  const format = await getFormatter();
  const now = new Date();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });

  return (
    <Table>
      <TableCaption className="sr-only">{t("table.caption")}</TableCaption>
      <TableColumns
        columns={[
          ...(["name", "prefix", "scopes", "createdBy", "created", "lastUsed", "status"] as const).map(
            (key) => ({
              label: t(`table.${key}`),
            }),
          ),
          canManage && { label: t("table.actions"), className: pinnedActions },
        ]}
      />
      <TableBody>
        {keys.map((key) => {
          const revoked = key.revokedAt !== null;
          return (
            <TableRow
              key={key.id}
              data-testid="api-key-row"
              data-prefix={key.prefix}
              className={cn(revoked && "text-muted-foreground")}
            >
              <TableCell className="max-w-56 truncate font-medium" title={key.name}>
                {key.name}
              </TableCell>
              <TableCell>
                <code className="rounded bg-muted px-1.5 py-0.5 font-mono text-xs whitespace-nowrap">
                  {key.prefix}_…
                </code>
              </TableCell>
              <TableCell>
                <ul className="flex max-w-72 flex-wrap gap-1">
                  {key.scopes.map((scope) => (
                    <li key={scope}>
                      <HintTooltip hint={t(`scopes.${scopeMessageKey(scope)}.description`)}>
                        <Badge variant="outline" className="font-mono">
                          {scope}
                        </Badge>
                      </HintTooltip>
                    </li>
                  ))}
                </ul>
              </TableCell>
              <TableCell className="whitespace-nowrap" title={key.createdBy.email}>
                {key.createdBy.name}
              </TableCell>
              <TableCell className="whitespace-nowrap tabular-nums">{when(key.createdAt)}</TableCell>
              <TableCell className="whitespace-nowrap">
                {key.lastUsedAt ? (
                  <time dateTime={key.lastUsedAt.toISOString()} title={when(key.lastUsedAt)}>
                    {format.relativeTime(key.lastUsedAt, now)}
                  </time>
                ) : (
                  <span className="text-muted-foreground">{tc("never")}</span>
                )}
              </TableCell>
              <TableCell className="whitespace-nowrap">
                {key.revokedAt ? (
                  <Badge variant="outline" title={t("revokedOn", { date: when(key.revokedAt) })}>
                    {t("status.revoked")}
                  </Badge>
                ) : (
                  <Badge variant="success">{t("status.active")}</Badge>
                )}
              </TableCell>
              {canManage ? (
                <TableCell className={pinnedActions}>
                  {revoked ? null : <RevokeApiKeyButton id={key.id} name={key.name} prefix={key.prefix} />}
                </TableCell>
              ) : null}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
