import { slotted } from "@/components/ui/slotted";

const Textarea = slotted(
  "textarea",
  "textarea",
  "flex field-sizing-content min-h-16 w-full rounded-md border border-input bg-background px-3 py-2 text-base shadow-xs transition-colors md:text-sm",
  "placeholder:text-muted-foreground",
  "focus-visible:border-ring disabled:cursor-not-allowed disabled:opacity-50",
  "aria-invalid:border-destructive aria-invalid:focus-visible:outline-destructive",
);

export { Textarea };
