import { cn } from "@/lib/utils";

interface StatusOption {
  value: string;
  label: string;
}

const checkbox = "size-4 shrink-0 accent-primary";

/**
 * The history's statuses as checkboxes (any number at once: `status=FAILED&status=BOUNCED`) and the
 * "due now" option, in one fieldset whose legend names the group for screen readers. Native inputs: the
 * GET form submits them without script.
 */
export function StatusFilter({
  legend,
  options,
  selected,
  due,
  className,
}: {
  legend: string;
  options: readonly StatusOption[];
  selected: readonly string[];
  due: { value: string; label: string; hint: string; checked: boolean };
  className?: string;
}) {
  return (
    <fieldset className={cn("grid gap-2", className)} data-testid="history-status-filter">
      <legend className="mb-2 text-sm leading-none font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-2">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name="status"
              value={option.value}
              defaultChecked={selected.includes(option.value)}
              className={checkbox}
            />
            {option.label}
          </label>
        ))}
      </div>
      <div className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          id="history-due"
          name="due"
          value={due.value}
          defaultChecked={due.checked}
          aria-describedby="history-due-hint"
          className={cn(checkbox, "mt-0.5")}
        />
        <span className="grid gap-0.5">
          <label htmlFor="history-due">{due.label}</label>
          <span id="history-due-hint" className="text-xs text-muted-foreground">
            {due.hint}
          </span>
        </span>
      </div>
    </fieldset>
  );
}
