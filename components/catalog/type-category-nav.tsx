import { ChevronLeft, ChevronRight } from "lucide-react";
import type { Route } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SectionCard } from "@/components/ui/section-card";
import { catalogHref } from "@/lib/catalog/filters";
import type { CategoryDefinition, NotificationTypeDefinition } from "@/lib/catalog/types";

interface TypeCategoryNavProps {
  type: NotificationTypeDefinition;
  /** The type's category, localized, with its (localized) types in catalog order. */
  category: CategoryDefinition;
}

/** A link to the previous or next type: its direction (label and arrow) over its name. */
function NeighbourLink({
  type,
  children,
}: {
  type: Pick<NotificationTypeDefinition, "key" | "name">;
  children: ReactNode;
}) {
  return (
    <li>
      <Link
        href={`/catalog/${type.key}` as Route}
        className="group grid gap-0.5 rounded-md border p-3 hover:bg-accent"
      >
        <span className="flex items-center gap-1 text-xs text-muted-foreground">{children}</span>
        <span className="font-medium group-hover:underline">{type.name}</span>
      </Link>
    </li>
  );
}

/** Where the type sits in its category, with links to its neighbours and to the whole category. */
export async function TypeCategoryNav({ type, category }: TypeCategoryNavProps) {
  const t = await getTranslations("catalog.type.inCategory");
  const index = category.types.findIndex((sibling) => sibling.key === type.key);
  const previous = index > 0 ? category.types[index - 1] : undefined;
  const next = category.types[index + 1];
  return (
    <SectionCard
      title={t("heading")}
      description={
        <>
          {category.name} · {t("position", { position: index + 1, total: category.types.length })}
        </>
      }
      footer={
        <Link
          href={catalogHref({ category: category.key }) as Route}
          className="text-sm font-medium text-primary hover:underline"
        >
          {t("viewAll", { count: category.types.length })}
        </Link>
      }
      className="gap-4"
    >
      <nav aria-label={t("heading")}>
        <ul className="grid gap-2 text-sm">
          {previous ? (
            <NeighbourLink type={previous}>
              <ChevronLeft aria-hidden className="size-3.5" />
              {t("previous")}
            </NeighbourLink>
          ) : null}
          {next ? (
            <NeighbourLink type={next}>
              {t("next")}
              <ChevronRight aria-hidden className="size-3.5" />
            </NeighbourLink>
          ) : null}
        </ul>
      </nav>
    </SectionCard>
  );
}
