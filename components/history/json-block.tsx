/** A JSON value, indented, in a scrollable monospace block. */
export function JsonBlock({ value, label, testId }: { value: unknown; label: string; testId?: string }) {
  return (
    <pre
      aria-label={label}
      tabIndex={0}
      data-testid={testId}
      className="max-h-96 overflow-auto rounded-lg border bg-muted/40 p-3 font-mono text-xs leading-relaxed [contain:inline-size]"
    >
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}
