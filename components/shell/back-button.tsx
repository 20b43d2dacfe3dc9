"use client";

import { ArrowLeft } from "lucide-react";
import { useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";

// The history's length does not change while this page is shown: nothing to subscribe to.
const subscribe = () => () => {};

/**
 * Goes back to the page the visitor came from. Rendered only in the browser and only when there is a
 * page to go back to (a link opened in a new tab has none).
 */
export function BackButton({ label }: { label: string }) {
  const canGoBack = useSyncExternalStore(
    subscribe,
    () => window.history.length > 1,
    () => false,
  );
  if (!canGoBack) return null;
  return (
    <Button variant="outline" onClick={() => window.history.back()}>
      <ArrowLeft aria-hidden />
      {label}
    </Button>
  );
}
