"use client";

import type { Route } from "next";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTransition } from "react";

/**
 * A list page's filters live in its URL (linkable, server-rendered). `update` changes some of them,
 * back to page 1, without a history entry per keystroke; `pending` is true while the page re-renders.
 */
export function useListParams() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();

  function update(changes: Record<string, string | undefined>) {
    const params = new URLSearchParams(searchParams.toString());
    for (const [key, value] of Object.entries(changes)) {
      if (value) params.set(key, value);
      else params.delete(key);
    }
    params.delete("page");
    const query = params.toString();
    startTransition(() =>
      router.replace((query ? `${pathname}?${query}` : pathname) as Route, { scroll: false }),
    );
  }

  return { searchParams, update, pending };
}
