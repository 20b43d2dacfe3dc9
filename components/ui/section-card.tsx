import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/utils";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "./card";

type SectionCardProps = Omit<ComponentProps<"div">, "title"> & {
  title: ReactNode;
  as?: "h2" | "h3";
  description?: ReactNode;
  contentClassName?: string;
  footer?: ReactNode;
  children: ReactNode;
};

/**
 * A card under a heading (h2 unless told), with an optional description and footer: one page section.
 * Compact (gap-3) unless `className` sets another gap; other props (test ids…) go to the card.
 */
export function SectionCard({
  title,
  as = "h2",
  description,
  contentClassName,
  footer,
  children,
  className,
  ...props
}: SectionCardProps) {
  return (
    <Card className={cn("gap-3", className)} {...props}>
      <CardHeader>
        <CardTitle as={as}>{title}</CardTitle>
        {description ? <CardDescription>{description}</CardDescription> : null}
      </CardHeader>
      <CardContent className={contentClassName}>{children}</CardContent>
      {footer ? <CardFooter>{footer}</CardFooter> : null}
    </Card>
  );
}
