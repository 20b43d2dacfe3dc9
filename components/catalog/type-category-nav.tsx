import { ChevronLeft, ChevronRight } from "lucide-react";
import type { Route } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { catalogHref } from "@/lib/catalog/filters";
import type { CategoryDefinition, NotificationTypeDefinition } from "@/lib/catalog/types";

interface TypeCategoryNavProps {
  type: NotificationTypeDefinition;
  /** The type's category, localized, with its (localized) types in catalog order. */
  category: CategoryDefinition;
}

/** Where the type sits in its category, with links to its neighbours and to the whole category. */
export async function TypeCategoryNav({ type, category }: TypeCategoryNavProps) {
  const t = await getTranslations("catalog.type.inCategory");
  const index = category.types.findIndex((sibling) => sibling.key === type.key);
  const previous = index > 0 ? category.types[index - 1] : undefined;
  const next = category.types[index + 1];
  return (
    <Card className="gap-4">
      <CardHeader>
        <CardTitle as="h2">{t("heading")}</CardTitle>
        <CardDescription>
          {category.name} · {t("position", { position: index + 1, total: category.types.length })}
        </CardDescription>
      </CardHeader>
      <CardContent>
        <nav aria-label={t("heading")}>
          <ul className="grid gap-2 text-sm">
            {previous ? (
              <li>
                <Link
                  href={`/catalog/${previous.key}` as Route}
                  className="group grid gap-0.5 rounded-md border p-3 hover:bg-accent"
                >
                  <span className="flex items-center gap-1 text-xs text-muted-foreground">
                    <ChevronLeft aria-hidden className="size-3.5" />
                    {t("previous")}
                  </span>
                  <span className="font-medium group-hover:underline">{previous.name}</span>
                </Link>
              </li>
            ) : null}
            {next ? (
              <li>
                <Link
                  href={`/catalog/${next.key}` as Route}
                  className="group grid gap-0.5 rounded-md border p-3 hover:bg-accent"
                >
                  <span className="flex items-center gap-1 text-xs text-muted-foreground">
                    {t("next")}
                    <ChevronRight aria-hidden className="size-3.5" />
                  </span>
                  <span className="font-medium group-hover:underline">{next.name}</span>
                </Link>
              </li>
            ) : null}
          </ul>
        </nav>
      </CardContent>
      <CardFooter>
        <Link
          href={catalogHref({ category: category.key }) as Route}
          className="text-sm font-medium text-primary hover:underline"
        >
          {t("viewAll", { count: category.types.length })}
        </Link>
      </CardFooter>
    </Card>
  );
}
