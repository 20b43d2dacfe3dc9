import { Download } from "lucide-react";
import type { Route } from "next";
import Form from "next/form";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect, NativeSelectOption } from "@/components/ui/select";
import { deliveryStatuses, historyHref, type HistoryFilters as Filters } from "@/lib/history/filters";

interface Option {
  key: string;
  name: string;
}

/** The history's filters as a GET form: the URL holds them, so a filtered view can be bookmarked and shared. */
export async function HistoryFilters({
  filters,
  categories,
  types,
}: {
  filters: Filters;
  categories: Option[];
  types: (Option & { categoryName: string })[];
}) {
  const t = await getTranslations("history.filters");
  const ts = await getTranslations("history.status");
  return (
    <Form
      action={"/history" as Route}
      role="search"
      aria-label={t("label")}
      className="grid gap-3 rounded-xl border bg-card p-4 sm:grid-cols-2 sm:items-end lg:grid-cols-4"
    >
      <div className="grid gap-2 lg:col-span-2">
        <Label htmlFor="history-type">{t("type")}</Label>
        <NativeSelect id="history-type" name="type" defaultValue={filters.type ?? ""}>
          <NativeSelectOption value="">{t("anyType")}</NativeSelectOption>
          {types.map((type) => (
            <NativeSelectOption key={type.key} value={type.key}>
              {`${type.categoryName} — ${type.name}`}
            </NativeSelectOption>
          ))}
        </NativeSelect>
      </div>
      <div className="grid gap-2">
        <Label htmlFor="history-category">{t("category")}</Label>
        <NativeSelect id="history-category" name="category" defaultValue={filters.category ?? ""}>
          <NativeSelectOption value="">{t("anyCategory")}</NativeSelectOption>
          {categories.map((category) => (
            <NativeSelectOption key={category.key} value={category.key}>
              {category.name}
            </NativeSelectOption>
          ))}
        </NativeSelect>
      </div>
      <div className="grid gap-2">
        <Label htmlFor="history-status">{t("status")}</Label>
        <NativeSelect id="history-status" name="status" defaultValue={filters.status ?? ""}>
          <NativeSelectOption value="">{t("anyStatus")}</NativeSelectOption>
          {deliveryStatuses.map((status) => (
            <NativeSelectOption key={status} value={status}>
              {ts(status)}
            </NativeSelectOption>
          ))}
        </NativeSelect>
      </div>
      <div className="grid gap-2">
        <Label htmlFor="history-recipient">{t("recipient")}</Label>
        <Input
          id="history-recipient"
          name="recipient"
          type="search"
          inputMode="email"
          defaultValue={filters.recipient}
          placeholder={t("recipientPlaceholder")}
          maxLength={320}
        />
      </div>
      <div className="grid gap-2">
        <Label htmlFor="history-event">{t("event")}</Label>
        <Input
          id="history-event"
          name="event"
          type="search"
          defaultValue={filters.event}
          placeholder={t("eventPlaceholder")}
          maxLength={36}
          className="font-mono"
        />
      </div>
      <div className="grid grid-cols-2 gap-3 sm:col-span-2 lg:col-span-2">
        <div className="grid gap-2">
          <Label htmlFor="history-from">{t("from")}</Label>
          <Input id="history-from" name="from" type="date" defaultValue={filters.from} max={filters.to} />
        </div>
        <div className="grid gap-2">
          <Label htmlFor="history-to">{t("to")}</Label>
          <Input id="history-to" name="to" type="date" defaultValue={filters.to} min={filters.from} />
        </div>
      </div>
      <div className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-4">
        <Button type="submit">{t("apply")}</Button>
        <Button variant="ghost" asChild>
          <Link href={"/history" as Route}>{t("clear")}</Link>
        </Button>
        {/* A plain link: the browser downloads the streamed file itself. */}
        <Button variant="outline" asChild className="sm:ml-auto">
          <a
            href={historyHref("/api/internal/history/export", filters)}
            download
            data-testid="history-export"
          >
            <Download aria-hidden />
            {t("export")}
          </a>
        </Button>
      </div>
    </Form>
  );
}
