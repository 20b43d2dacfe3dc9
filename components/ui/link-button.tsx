import * as React from "react";
import Link from "next/link";
import type { Route } from "next";
import type { LucideIcon } from "lucide-react";

import { Button, type ButtonProps } from "@/components/ui/button";

type LinkButtonProps = Pick<ButtonProps, "variant" | "size" | "className"> & {
  href: string;
  icon?: LucideIcon;
  children: React.ReactNode;
};

/** A link that looks like a button, with an optional leading icon ("New user", "API reference"). */
function LinkButton({ href, icon: Icon, children, ...button }: LinkButtonProps) {
  return (
    <Button asChild {...button}>
      <Link href={href as Route}>
        {Icon ? <Icon aria-hidden /> : null}
        {children}
      </Link>
    </Button>
  );
}

export { LinkButton, type LinkButtonProps };
