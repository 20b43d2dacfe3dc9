import type { Route } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { Reader } from "@/lib/auth/roles";
import { defaultLocale, isAppLocale } from "@/lib/i18n/locales";
import { formatPercent } from "@/lib/system/format";
import { getThresholdSettings } from "@/lib/system/thresholds/queries";
import { thresholdRules } from "@/lib/system/thresholds/rules";

/**
 * Under a threshold type's description (the manual's text, which states the seed's level): the level
 * this installation actually fires at, as saved on the resources page. Renders nothing for other types.
 */
export async function ConfiguredThresholdNote({ typeKey, viewer }: { typeKey: string; viewer: Reader }) {
  const { values } = await getThresholdSettings(viewer);
  const rule = thresholdRules(values).find((candidate) => candidate.key === typeKey);
  if (!rule) return null;
  const [t, requested] = await Promise.all([
    getTranslations("system.resources.thresholds.installation"),
    getLocale(),
  ]);
  const level = formatPercent(rule.level, isAppLocale(requested) ? requested : defaultLocale);
  return (
    <p className="mt-2 text-sm" data-testid="configured-threshold">
      <span className="font-medium">
        {rule.direction === "above"
          ? t("above", { level, minutes: rule.sustainForMs / 60_000 })
          : t("below", { level })}
      </span>{" "}
      <span className="text-muted-foreground">{t("description")}</span>{" "}
      <Link href={"/system/resources" as Route} className="underline underline-offset-4">
        {t("edit")}
      </Link>
    </p>
  );
}
