import type { Route } from "next";
import Form from "next/form";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** Search the mailbox by recipient or subject; a GET form, so the URL holds the search. */
export async function MailboxSearch({ q }: { q?: string }) {
  const t = await getTranslations("history.mailbox");
  return (
    <Form
      action={"/mailbox" as Route}
      role="search"
      aria-label={t("searchLabel")}
      className="flex flex-col gap-3 rounded-xl border bg-card p-4 sm:flex-row sm:items-end"
    >
      <div className="grid flex-1 gap-2">
        <Label htmlFor="mailbox-q">{t("search")}</Label>
        <Input
          id="mailbox-q"
          name="q"
          type="search"
          defaultValue={q}
          placeholder={t("searchPlaceholder")}
          maxLength={200}
        />
      </div>
      <div className="flex gap-2">
        <Button type="submit">{t("apply")}</Button>
        <Button variant="ghost" asChild>
          <Link href={"/mailbox" as Route}>{t("clear")}</Link>
        </Button>
      </div>
    </Form>
  );
}
