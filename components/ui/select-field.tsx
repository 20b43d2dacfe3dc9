import * as React from "react";

import { Field, fieldControlProps, type FieldProps } from "@/components/ui/field";
import { NativeSelect, NativeSelectOption } from "@/components/ui/select";

type SelectOption = { value: string | number; label: string; lang?: string };

type SelectFieldProps = Omit<FieldProps, "children" | "labelAside"> & {
  name: string;
  defaultValue?: string | number;
  options: readonly SelectOption[];
  selectClassName?: string;
};

/** A `Field` holding a native select of `options`, wired to its label, description and errors. */
function SelectField({
  id,
  name,
  defaultValue,
  options,
  selectClassName,
  description,
  errors,
  ...field
}: SelectFieldProps) {
  return (
    <Field id={id} description={description} errors={errors} {...field}>
      <NativeSelect
        name={name}
        defaultValue={defaultValue === undefined ? undefined : String(defaultValue)}
        className={selectClassName}
        {...fieldControlProps(id, errors, { description: Boolean(description) })}
      >
        {options.map((option) => (
          <NativeSelectOption key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </NativeSelectOption>
        ))}
      </NativeSelect>
    </Field>
  );
}

export { SelectField, type SelectFieldProps, type SelectOption };
