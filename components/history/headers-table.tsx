import { useTranslations } from "next-intl";

/** Mail headers, one per row, as name: value. No "use client": both sides render it. */
export function HeadersTable({ headers, testId }: { headers: [string, string][]; testId?: string }) {
  const t = useTranslations("history.headers");
  return (
    <dl className="grid gap-1 font-mono text-xs" data-testid={testId} aria-label={t("label")}>
      {headers.map(([name, value], index) => (
        <div
          key={`${name}-${index}`}
          className="grid gap-x-3 sm:grid-cols-[14rem_minmax(0,1fr)]"
          data-header={name}
        >
          <dt className="font-semibold text-muted-foreground">{name}</dt>
          <dd className="break-all">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
