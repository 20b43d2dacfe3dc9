import * as React from "react";

import { cn } from "@/lib/utils";
import { Label } from "@/components/ui/label";

type FieldProps = {
  /** The control's `id`. The description gets `${id}-description`, the error region `${id}-error`. */
  id: string;
  label: React.ReactNode;
  /** Beside the label, not inside it (its text would join the control's name): e.g. a picker button. */
  labelAside?: React.ReactNode;
  description?: React.ReactNode;
  errors?: string[];
  className?: string;
  children: React.ReactNode;
};

/**
 * Label + control + description + errors. Pair it with `fieldControlProps` on the control:
 *
 *   <Field id="email" label={t("email")} description={t("emailHelp")} errors={state.errors?.email}>
 *     <Input name="email" {...fieldControlProps("email", state.errors?.email, { description: true })} />
 *   </Field>
 *
 * The error region is always rendered (empty when valid) so that `aria-live` announces errors
 * that appear after a submit.
 */
function Field({ id, label, labelAside, description, errors, className, children }: FieldProps) {
  const messages = errors ?? [];
  const invalid = messages.length > 0;
  return (
    <div
      data-slot="field"
      data-invalid={invalid || undefined}
      className={cn("flex flex-col gap-2", className)}
    >
      {labelAside ? (
        <div className="flex items-center justify-between gap-2">
          <Label htmlFor={id}>{label}</Label>
          {labelAside}
        </div>
      ) : (
        <Label htmlFor={id}>{label}</Label>
      )}
      {children}
      {description ? (
        <p
          id={`${id}-description`}
          data-slot="field-description"
          className="text-sm break-words text-muted-foreground"
        >
          {description}
        </p>
      ) : null}
      <div
        id={`${id}-error`}
        data-slot="field-error"
        aria-live="polite"
        className="text-sm font-medium text-destructive empty:-mt-2"
      >
        {messages.map((error, i) => (
          <p key={i}>{error}</p>
        ))}
      </div>
    </div>
  );
}

/**
 * Accessibility props for the control inside a `Field`: `id`, `aria-invalid` and
 * `aria-describedby` (error region when there are errors, description when `description: true`).
 */
function fieldControlProps(
  id: string,
  errors?: string[] | null,
  options?: { description?: boolean },
): { id: string; "aria-invalid"?: true; "aria-describedby"?: string } {
  const invalid = Boolean(errors && errors.length > 0);
  const describedBy = [options?.description ? `${id}-description` : null, invalid ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return {
    id,
    ...(invalid ? { "aria-invalid": true as const } : {}),
    ...(describedBy ? { "aria-describedby": describedBy } : {}),
  };
}

export { Field, fieldControlProps, type FieldProps };
