"use client";

import type { Route } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * "Clear filters" of a server-rendered GET filter form. Its fields are uncontrolled, and the form stays
 * mounted across the navigation, so they would keep showing the old filters: they are emptied on the
 * way. The focus moves to the first of them, where a person starts over, rather than staying on a link
 * that may go away with the filters.
 */
export function ClearFiltersLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Button variant="ghost" asChild>
      <Link
        href={href as Route}
        onClick={(event) => {
          const form = event.currentTarget.closest("form");
          if (!form) return;
          const fields = [...form.elements].filter(
            (element): element is Field =>
              (element instanceof HTMLInputElement &&
                !["hidden", "checkbox", "radio"].includes(element.type)) ||
              element instanceof HTMLSelectElement ||
              element instanceof HTMLTextAreaElement,
          );
          for (const field of fields) field.value = "";
          fields[0]?.focus();
        }}
      >
        {children}
      </Link>
    </Button>
  );
}
