"use client";

import { lazy, Suspense, useState } from "react";
import { VariablePickerButton } from "./variable-picker-button";
import type { VariablePickerProps } from "./variable-picker-popover";

// The popover (Radix's, with its positioning code) loads when the button is hovered or focused, and is
// mounted, open, on the first click: the page's other parts do not need it.
const loadPopover = () => import("./variable-picker-popover");
const VariablePickerPopover = lazy(loadPopover);

/** A searchable list of the type's variables; picking one inserts {{path}} at the caret. */
export function VariablePicker(props: VariablePickerProps) {
  const [used, setUsed] = useState(false);
  const placeholder = (
    <VariablePickerButton
      field={props.field}
      aria-haspopup="dialog"
      aria-expanded={false}
      onPointerEnter={() => void loadPopover()}
      onFocus={() => void loadPopover()}
      onClick={() => setUsed(true)}
    />
  );
  if (!used) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <VariablePickerPopover {...props} />
    </Suspense>
  );
}
