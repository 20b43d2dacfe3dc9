import * as React from "react";

import { Field, fieldControlProps, type FieldProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

type InputFieldProps = Omit<FieldProps, "children" | "labelAside"> &
  Omit<React.ComponentProps<"input">, "id" | "className"> & {
    /** Classes of the input (`className` is the field's). */
    inputClassName?: string;
  };

/** A `Field` holding one `Input`, wired to its label, description and errors (the input's props pass through). */
function InputField({
  id,
  label,
  description,
  errors,
  className,
  inputClassName,
  ...input
}: InputFieldProps) {
  return (
    <Field id={id} label={label} description={description} errors={errors} className={className}>
      <Input
        className={inputClassName}
        {...input}
        {...fieldControlProps(id, errors, description ? { description: true } : undefined)}
      />
    </Field>
  );
}

export { InputField, type InputFieldProps };
