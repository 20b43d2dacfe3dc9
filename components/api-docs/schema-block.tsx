/** A JSON Schema (refs already inlined) as formatted JSON, collapsible and horizontally scrollable. */
export function SchemaBlock({
  title,
  schema,
  open = false,
}: {
  title: string;
  schema: unknown;
  open?: boolean;
}) {
  return (
    <details open={open} className="group rounded-md border bg-muted/30">
      <summary className="cursor-pointer rounded-md px-3 py-2 text-sm font-medium select-none hover:bg-muted/60">
        {title}
      </summary>
      <pre
        className="max-h-[28rem] overflow-auto border-t px-3 py-2 font-mono text-xs leading-relaxed [contain:inline-size]"
        tabIndex={0}
      >
        {JSON.stringify(schema, null, 2)}
      </pre>
    </details>
  );
}
