import type { NotificationView } from "@/lib/templates/view";
import { CodeBlock } from "./code-block";

/** The error a failed operation reported, verbatim, under its translated label; nothing without one. */
export function ErrorBlock({ view, payload }: { view: NotificationView; payload: object }) {
  const error = "error" in payload ? (payload.error as { message: string } | undefined) : undefined;
  if (!error) return null;
  return <CodeBlock label={view.copy.fields["error.message"] ?? "Error"}>{error.message}</CodeBlock>;
}
