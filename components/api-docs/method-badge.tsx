import { cn } from "@/lib/utils";

const methodStyle: Record<string, string> = {
  get: "border-sky-600/30 bg-sky-600/10 text-sky-700 dark:text-sky-300",
  post: "border-emerald-600/30 bg-emerald-600/10 text-emerald-700 dark:text-emerald-300",
  put: "border-amber-600/30 bg-amber-600/10 text-amber-700 dark:text-amber-300",
  patch: "border-violet-600/30 bg-violet-600/10 text-violet-700 dark:text-violet-300",
  delete: "border-red-600/30 bg-red-600/10 text-red-700 dark:text-red-300",
};

/** The HTTP method as a fixed-width label; the text, not the colour, carries the meaning. */
export function MethodBadge({ method, className }: { method: string; className?: string }) {
  return (
    <span
      className={cn(
        "inline-flex w-14 shrink-0 justify-center rounded border px-1.5 py-0.5 font-mono text-[0.7rem] font-semibold uppercase",
        methodStyle[method] ?? "border-border text-foreground",
        className,
      )}
    >
      {method}
    </span>
  );
}
