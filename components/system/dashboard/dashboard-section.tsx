import { ArrowRight } from "lucide-react";
import type { Route } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";

/** One section of the system dashboard: its heading, content, and a link to the section's own page. */
export function DashboardSection({
  id,
  title,
  description,
  href,
  linkLabel,
  children,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  href: Route;
  linkLabel: string;
  children: ReactNode;
}) {
  return (
    <Card aria-labelledby={`${id}-heading`} role="region" data-testid={id}>
      <CardHeader>
        <CardTitle as="h2" id={`${id}-heading`}>
          {title}
        </CardTitle>
        {description ? <CardDescription>{description}</CardDescription> : null}
      </CardHeader>
      <CardContent className="grid gap-4">{children}</CardContent>
      <CardFooter>
        <Link
          href={href}
          className="inline-flex items-center gap-1 text-sm font-medium text-primary underline-offset-4 hover:underline"
        >
          {linkLabel}
          <ArrowRight aria-hidden className="size-4" />
        </Link>
      </CardFooter>
    </Card>
  );
}
