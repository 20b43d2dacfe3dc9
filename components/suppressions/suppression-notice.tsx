import { MailX } from "lucide-react";
import type { Route } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import type { RecipientSuppression } from "@/lib/suppressions/queries";

interface Props {
  suppression: RecipientSuppression;
  /** "self": the person reads about their own address; "user" and "contact": staff read about someone's. */
  audience: "self" | "user" | "contact";
}

/**
 * Says that Herald sends an address nothing, mandatory types included, since when and why: every
 * screen that tells what someone receives shows it, or it would claim deliveries that never happen.
 * Staff get the way to the suppression list, where an administrator can lift it.
 */
export async function SuppressionNotice({ suppression, audience }: Props) {
  const t = await getTranslations("suppressions.notice");
  const format = await getFormatter();
  const values = {
    email: suppression.email,
    date: format.dateTime(suppression.createdAt, { dateStyle: "medium" }),
    reason: t(`reasons.${suppression.reason}`),
  };
  const listHref = `/suppressions?q=${encodeURIComponent(suppression.email)}` as Route;
  return (
    <Alert variant="warning" data-testid="suppression-notice">
      <MailX aria-hidden />
      <AlertTitle>{t(audience === "self" ? "selfTitle" : "title")}</AlertTitle>
      <AlertDescription>
        <p>{t(audience, values)}</p>
        {audience === "self" ? null : (
          <Link href={listHref} className="font-medium text-foreground underline underline-offset-4">
            {t("listLink")}
          </Link>
        )}
      </AlertDescription>
    </Alert>
  );
}
