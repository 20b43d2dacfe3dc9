import type { ReactNode } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "./card";

/** A compact card under a heading (h2 unless told), with an optional description: one page section. */
export function SectionCard({
  title,
  as = "h2",
  description,
  contentClassName,
  children,
}: {
  title: ReactNode;
  as?: "h2" | "h3";
  description?: ReactNode;
  contentClassName?: string;
  children: ReactNode;
}) {
  return (
    <Card className="gap-3">
      <CardHeader>
        <CardTitle as={as}>{title}</CardTitle>
        {description ? <CardDescription>{description}</CardDescription> : null}
      </CardHeader>
      <CardContent className={contentClassName}>{children}</CardContent>
    </Card>
  );
}
